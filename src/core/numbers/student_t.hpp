// Student's t distribution, for confidence intervals of mean changes. Written
// here (regularized incomplete beta by continued fraction, quantile by
// bisection) because the core has no maths library; tested against table
// values to 6 digits.
#pragma once

namespace afk::numbers {

// Regularized incomplete beta I_x(a, b) for a, b > 0 and 0 <= x <= 1.
double regularized_incomplete_beta(double x, double a, double b);

// P(T <= t) for T ~ t with `degrees_of_freedom` > 0.
double student_t_cdf(double t, double degrees_of_freedom);

// The t with P(T <= t) = p, for 0 < p < 1; e.g. (0.975, 10) -> 2.228139.
double student_t_quantile(double p, double degrees_of_freedom);

}  // namespace afk::numbers
