/** Admin commands ({@code reindex}, {@code token}) that call a running instance over HTTP. */
package id.terbuka.deploy.admin;
