package id.terbuka.ckan;

import id.terbuka.catalog.service.DatasetService;
import id.terbuka.catalog.service.GroupService;
import id.terbuka.catalog.service.ResourceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Write actions of the catalogue. */
@ApplicationScoped
public class CatalogWriteActions {
  @Inject DatasetService datasets;
  @Inject ResourceService resources;
  @Inject GroupService groups;

  void register(ActionTable t) {
    t.write("package_create", c -> datasets.create(c.actor(), c.params()));
    t.write("package_update", c -> datasets.update(c.actor(), c.params()));
    t.write("package_patch", c -> datasets.patch(c.actor(), c.params()));
    t.write(
        "package_delete",
        c -> {
          datasets.delete(c.actor(), c.required("id"), c.text("reason"));
          return null;
        });
    t.write(
        "dataset_purge",
        c -> {
          datasets.purge(c.actor(), c.required("id"), c.text("reason"));
          return null;
        });
    t.write("resource_create", c -> resources.create(c.actor(), c.params(), c.upload()));
    t.write("resource_update", c -> resources.update(c.actor(), c.params(), c.upload()));
    t.write("resource_patch", c -> resources.patch(c.actor(), c.params(), c.upload()));
    t.write(
        "resource_delete",
        c -> {
          resources.delete(c.actor(), c.required("id"), c.text("reason"));
          return null;
        });
    t.write("organization_create", c -> groups.create(c.actor(), c.params(), true));
    t.write("organization_update", c -> groups.update(c.actor(), c.params(), true));
    t.write("organization_patch", c -> groups.patch(c.actor(), c.required("id"), c.params(), true));
    t.write(
        "organization_member_create",
        c -> groups.addMember(c.actor(), c.text("id"), c.text("username"), c.text("role"), true));
    t.write(
        "organization_member_delete",
        c -> {
          groups.removeMember(c.actor(), c.text("id"), c.text("username"), true);
          return null;
        });
    t.write(
        "group_member_delete",
        c -> {
          groups.removeMember(c.actor(), c.text("id"), c.text("username"), false);
          return null;
        });
    t.write("group_create", c -> groups.create(c.actor(), c.params(), false));
    t.write("group_update", c -> groups.update(c.actor(), c.params(), false));
    t.write("group_patch", c -> groups.patch(c.actor(), c.required("id"), c.params(), false));
    t.write(
        "group_member_create",
        c -> groups.addMember(c.actor(), c.text("id"), c.text("username"), c.text("role"), false));
  }
}
