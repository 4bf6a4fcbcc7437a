//go:build !race

package scorer

// raceDetector says whether the tests run under the race detector.
const raceDetector = false
