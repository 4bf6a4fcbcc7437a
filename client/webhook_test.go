package client

import (
	"errors"
	"strings"
	"testing"
)

func TestVerifyWebhookSignature(t *testing.T) {
	const secret = "whsec-test"
	body := []byte(`{"event":"classify.success","job_id":"cls-1"}`)
	const wrongDigest = "sha256=ad1d8b1e9f5c1dbdf9a4a8b2b0d9d0c1c8f3c7f0f6f2f1f4b6e0b7c3f0a9d8e7"
	good := WebhookSignature(secret, body)
	if !strings.HasPrefix(good, "sha256=") || len(good) != len("sha256=")+64 {
		t.Fatalf("WebhookSignature = %q", good)
	}
	for _, tc := range []struct {
		name   string
		secret string
		body   []byte
		header string
		want   error
	}{
		{"valid", secret, body, good, nil},
		{"valid, upper-case hex and scheme", secret, body, "SHA256=" + strings.ToUpper(good[7:]), nil},
		{"valid with spaces", secret, body, "  " + good + " ", nil},
		{"missing", secret, body, "", ErrSignatureMissing},
		{"no scheme", secret, body, good[7:], ErrSignatureMalformed},
		{"other scheme", secret, body, "sha1=" + good[7:], ErrSignatureMalformed},
		{"not hex", secret, body, "sha256=zz" + good[9:], ErrSignatureMalformed},
		{"truncated", secret, body, good[:len(good)-2], ErrSignatureMalformed},
		{"wrong secret", "other", body, good, ErrSignatureMismatch},
		{"body changed", secret, append([]byte(" "), body...), good, ErrSignatureMismatch},
		{"wrong digest", secret, body, wrongDigest, ErrSignatureMismatch},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := VerifyWebhookSignature(tc.secret, tc.body, tc.header)
			if !errors.Is(err, tc.want) || (tc.want == nil) != (err == nil) {
				t.Errorf("err = %v, want %v", err, tc.want)
			}
		})
	}
	if err := VerifyWebhookSignature("", body, good); err == nil {
		t.Error("an empty secret verified a signature")
	}
}

func TestWebhookSignatureKnownVector(t *testing.T) {
	// RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
	const want = "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
	if got := WebhookSignature("Jefe", []byte("what do ya want for nothing?")); got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
