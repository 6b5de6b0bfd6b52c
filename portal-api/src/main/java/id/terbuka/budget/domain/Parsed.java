package id.terbuka.budget.domain;

import java.util.Arrays;
import java.util.List;

/**
 * The outcome of reading one cell: a value, or the problem that kept it from being one. Returned
 * rather than thrown, because a file with half a million bad cells is an ordinary input here.
 */
public sealed interface Parsed<T> {

  /** A cell that read as a value. */
  record Ok<T>(T value) implements Parsed<T> {}

  /** A cell that did not, with the problem's code and the arguments its message names. */
  record Failed<T>(BudgetProblem problem, List<String> args) implements Parsed<T> {
    public Failed {
      args = List.copyOf(args);
    }
  }

  static <T> Parsed<T> ok(T value) {
    return new Ok<>(value);
  }

  static <T> Parsed<T> failed(BudgetProblem problem, Object... args) {
    return new Failed<>(problem, Arrays.stream(args).map(String::valueOf).toList());
  }

  default boolean isOk() {
    return this instanceof Ok;
  }

  /** The value; only for an {@link Ok}. */
  default T value() {
    if (this instanceof Ok<T> ok) {
      return ok.value();
    }
    throw new IllegalStateException("No value: " + this);
  }
}
