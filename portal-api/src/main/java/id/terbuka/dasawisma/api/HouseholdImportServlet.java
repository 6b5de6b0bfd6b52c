package id.terbuka.dasawisma.api;

import id.terbuka.dasawisma.service.HouseholdImports;
import id.terbuka.imports.api.ImportServlet;
import id.terbuka.imports.service.ImportHandler;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;

/** {@code /api/v1/dasawisma/imports}: cadres' household workbooks (the sender's history only). */
@WebServlet(name = "dasawisma-imports", urlPatterns = "/api/v1/dasawisma/imports")
@MultipartConfig(fileSizeThreshold = 1024 * 1024)
public class HouseholdImportServlet extends ImportServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient HouseholdImports households;

  @Override
  protected ImportHandler<?> handler() {
    return households;
  }
}
