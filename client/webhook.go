package client

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
)

// SignatureHeader is the header that carries a webhook delivery's
// signature when the webhook configuration has a signing secret.
const SignatureHeader = "LC-Signature"

// The errors of VerifyWebhookSignature, for errors.Is.
var (
	ErrSignatureMissing   = errors.New("llamaclassify: webhook signature missing")
	ErrSignatureMalformed = errors.New("llamaclassify: webhook signature malformed: want sha256=<64 hex digits>")
	ErrSignatureMismatch  = errors.New("llamaclassify: webhook signature does not match the body")
)

// WebhookSignature returns the LC-Signature value of body under secret:
// "sha256=" and the hex HMAC-SHA256 of the raw body.
func WebhookSignature(secret string, body []byte) string {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	return "sha256=" + hex.EncodeToString(mac.Sum(nil))
}

// VerifyWebhookSignature checks header, the LC-Signature of a webhook
// delivery, against the raw request body (read it whole, before any JSON
// decoding) and the webhook's signing secret. The comparison takes
// constant time. It returns nil when the signature is right, else an error
// matching ErrSignatureMissing, ErrSignatureMalformed or
// ErrSignatureMismatch.
func VerifyWebhookSignature(secret string, body []byte, header string) error {
	if secret == "" {
		return errors.New("llamaclassify: empty webhook signing secret")
	}
	header = strings.TrimSpace(header)
	if header == "" {
		return ErrSignatureMissing
	}
	scheme, digest, ok := strings.Cut(header, "=")
	if !ok || !strings.EqualFold(scheme, "sha256") {
		return ErrSignatureMalformed
	}
	got, err := hex.DecodeString(digest)
	if err != nil || len(got) != sha256.Size {
		return ErrSignatureMalformed
	}
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	if !hmac.Equal(got, mac.Sum(nil)) {
		return ErrSignatureMismatch
	}
	return nil
}
