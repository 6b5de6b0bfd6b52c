package id.terbuka.budget.api;

import id.terbuka.budget.service.BudgetImports;
import id.terbuka.imports.api.ImportServlet;
import id.terbuka.imports.service.ImportHandler;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;

/** {@code /api/v1/budget/imports}: APBD realisation files, through the shared import contract. */
@WebServlet(name = "budget-imports", urlPatterns = "/api/v1/budget/imports")
@MultipartConfig(fileSizeThreshold = 1024 * 1024)
public class BudgetImportServlet extends ImportServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient BudgetImports budget;

  @Override
  protected ImportHandler<?> handler() {
    return budget;
  }
}
