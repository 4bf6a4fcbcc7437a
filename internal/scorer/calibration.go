package scorer

import "math"

// The confidence of an answer is an estimated probability, from two
// logistic models over the same few features of the best rule's evidence
// (features.vector). Their coefficients were fitted on the development
// split of the corpus in testdata/corpus (TestCalibrate in
// calibrate_test.go prints them) and are never fitted to its test split.
//
//   - calRight estimates the probability that the best rule is the right
//     answer. The scorer answers that rule when it is at least one half,
//     and gives it as the confidence.
//   - calNull estimates the probability that no rule applies, the
//     confidence given with a null answer.
var (
	calRight = []float64{-1.04, 2.33, 3.02, 1.6, -2.79, 2.1}
	calNull  = []float64{0.39, -2.19, -2.62, -1.26, 2.95, -1.61}
)

// calRidge is the L2 penalty of the fit: with a few dozen documents, it
// keeps the coefficients moderate.
const calRidge = 0.3

// features are what the calibration knows of a classification.
type features struct {
	typeScore, desc, genre, other, margin float64
}

// vector is the features in the order of the coefficients, after the
// intercept.
func (f features) vector() []float64 {
	return []float64{f.typeScore, f.desc, f.genre, f.other, f.margin}
}

// probability applies one model's coefficients to f.
func probability(coef []float64, f features) float64 {
	z := coef[0]
	for i, x := range f.vector() {
		z += coef[i+1] * x
	}
	return 1 / (1 + math.Exp(-z))
}

// fitLogistic fits a logistic regression of ys on xs with an L2 penalty
// (not on the intercept) by Newton's method, and returns the intercept
// then one coefficient per feature. It is deterministic.
func fitLogistic(xs [][]float64, ys []float64, ridge float64) []float64 {
	k := len(xs[0]) + 1
	w := make([]float64, k)
	row := func(x []float64) []float64 { return append([]float64{1}, x...) }
	for range 50 {
		grad := make([]float64, k)
		hess := make([][]float64, k)
		for i := range hess {
			hess[i] = make([]float64, k)
		}
		for n, x := range xs {
			r := row(x)
			z := 0.0
			for i := range r {
				z += w[i] * r[i]
			}
			p := 1 / (1 + math.Exp(-z))
			for i := range r {
				grad[i] += (ys[n] - p) * r[i]
				for j := range r {
					hess[i][j] += p * (1 - p) * r[i] * r[j]
				}
			}
		}
		for i := 1; i < k; i++ {
			grad[i] -= ridge * w[i]
			hess[i][i] += ridge
		}
		step := solve(hess, grad)
		for i := range w {
			w[i] += step[i]
		}
	}
	for i := range w {
		w[i] = math.Round(w[i]*100) / 100
	}
	return w
}

// solve solves a x = b by Gaussian elimination with partial pivoting.
func solve(a [][]float64, b []float64) []float64 {
	n := len(b)
	m := make([][]float64, n)
	for i := range a {
		m[i] = append(append([]float64{}, a[i]...), b[i])
	}
	for c := range n {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(m[r][c]) > math.Abs(m[p][c]) {
				p = r
			}
		}
		m[c], m[p] = m[p], m[c]
		if m[c][c] == 0 {
			continue
		}
		for r := c + 1; r < n; r++ {
			f := m[r][c] / m[c][c]
			for j := c; j <= n; j++ {
				m[r][j] -= f * m[c][j]
			}
		}
	}
	x := make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		if m[i][i] == 0 {
			continue
		}
		s := m[i][n]
		for j := i + 1; j < n; j++ {
			s -= m[i][j] * x[j]
		}
		x[i] = s / m[i][i]
	}
	return x
}
