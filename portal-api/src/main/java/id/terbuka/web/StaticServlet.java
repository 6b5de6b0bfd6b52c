package id.terbuka.web;

import id.terbuka.http.download.Compression;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** Serves {@link StaticAssets} with a year of caching: their URLs change when they do. */
@WebServlet(name = "static-assets", urlPatterns = "/static/*")
public class StaticServlet extends HttpServlet {
  @Inject StaticAssets assets;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
    Optional<StaticAssets.Asset> asset = assets.find(name);
    if (asset.isEmpty()) {
      resp.sendError(404);
      return;
    }
    StaticAssets.Asset a = asset.get();
    boolean gzip = Compression.acceptsGzip(req.getHeader("Accept-Encoding"));
    byte[] body = gzip ? a.gzipped() : a.bytes();
    resp.setContentType(a.type());
    resp.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    resp.setHeader("Vary", "Accept-Encoding");
    if (gzip) {
      resp.setHeader("Content-Encoding", "gzip");
    }
    resp.setContentLength(body.length);
    resp.getOutputStream().write(body);
  }
}
