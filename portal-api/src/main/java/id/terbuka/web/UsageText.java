package id.terbuka.web;

/**
 * "374 kali dilihat", "12 kali diunduh" (English: "374 views", "1 download"): the count with the
 * reader's digit grouping, singular where English needs one.
 */
public final class UsageText {
  private UsageText() {}

  public static String views(PageContext ctx, long n) {
    return ctx.t(n == 1 ? "usage.views.one" : "usage.views", ctx.fmt().number(n));
  }

  public static String downloads(PageContext ctx, long n) {
    return ctx.t(n == 1 ? "usage.downloads.one" : "usage.downloads", ctx.fmt().number(n));
  }
}
