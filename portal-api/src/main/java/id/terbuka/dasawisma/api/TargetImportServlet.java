package id.terbuka.dasawisma.api;

import id.terbuka.dasawisma.service.TargetImports;
import id.terbuka.imports.api.ImportServlet;
import id.terbuka.imports.service.ImportHandler;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;

/** {@code /api/v1/dasawisma/targets}: the walidata's coverage targets per desa. */
@WebServlet(name = "dasawisma-targets", urlPatterns = "/api/v1/dasawisma/targets")
@MultipartConfig(fileSizeThreshold = 1024 * 1024)
public class TargetImportServlet extends ImportServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient TargetImports targets;

  @Override
  protected ImportHandler<?> handler() {
    return targets;
  }
}
