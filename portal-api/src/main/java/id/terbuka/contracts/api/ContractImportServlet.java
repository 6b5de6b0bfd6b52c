package id.terbuka.contracts.api;

import id.terbuka.contracts.service.ContractImports;
import id.terbuka.imports.api.ImportServlet;
import id.terbuka.imports.service.ImportHandler;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;

/**
 * {@code POST /api/v1/ocds/spreadsheet} (and {@code /api/v1/ocds/imports}): the procurement
 * spreadsheet through the shared import contract; {@code GET /api/v1/ocds/imports} is its history.
 */
@WebServlet(
    name = "ocds-imports",
    urlPatterns = {"/api/v1/ocds/spreadsheet", "/api/v1/ocds/imports"})
@MultipartConfig(fileSizeThreshold = 1024 * 1024)
public class ContractImportServlet extends ImportServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient ContractImports contracts;

  @Override
  protected ImportHandler<?> handler() {
    return contracts;
  }
}
