package emulator

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

// EnvFaultSeeds names how many seeds the batch fault suites run (default
// 3; `make faults` runs 20).
const EnvFaultSeeds = "LLAMACLASSIFY_FAULT_SEEDS"

// BatchFaults is the fault mix the batch fault suites of the SDK and the
// CLI run under: 10% of requests answered 503 before acting, 5% 503 after
// acting, 5% 429, and 2% of connections dropped after acting, the service
// asking for a 500 ms pause (Retry-After) with its 429 and 503 answers.
func BatchFaults(seed uint64) Faults {
	return Faults{
		Seed:          seed,
		Fail503Before: 0.10,
		Fail503After:  0.05,
		RateLimit429:  0.05,
		DropAfter:     0.02,
		RetryAfter:    500 * time.Millisecond,
	}
}

// FaultSeeds reads EnvFaultSeeds: how many seeds a batch fault suite runs.
func FaultSeeds() (int, error) {
	v := os.Getenv(EnvFaultSeeds)
	if v == "" {
		return 3, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > 1000 {
		return 0, fmt.Errorf("%s=%q: want a number of seeds from 1 to 1000", EnvFaultSeeds, v)
	}
	return n, nil
}
