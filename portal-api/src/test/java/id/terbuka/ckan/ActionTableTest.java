package id.terbuka.ckan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The action table as its registrars build it: which actions exist and which of them GET may call
 * (the servlet answers a write action over GET with 400 from this flag alone). The registrars'
 * services stay null: registering only stores lambdas, so a registrar that touched a service while
 * registering would fail here too.
 */
class ActionTableTest {
  /** Side-effect-free actions of the CKAN contract (the CKAN API brief). */
  private static final Set<String> CKAN_READS =
      Set.of(
          "package_search",
          "package_show",
          "package_list",
          "current_package_list_with_resources",
          "package_autocomplete",
          "format_autocomplete",
          "resource_show",
          "organization_list",
          "organization_show",
          "group_list",
          "group_show",
          "tag_list",
          "license_list",
          "status_show",
          "help_show",
          "api_token_list",
          "package_activity_list",
          "organization_activity_list",
          "recently_changed_packages_activity_list",
          "activity_show",
          "activity_diff",
          "datastore_search",
          "datastore_search_sql",
          "datastore_info");

  /** Actions of the CKAN contract that change something. */
  private static final Set<String> CKAN_WRITES =
      Set.of(
          "package_create",
          "package_update",
          "package_patch",
          "package_delete",
          "dataset_purge",
          "resource_create",
          "resource_update",
          "resource_patch",
          "resource_delete",
          "api_token_create",
          "api_token_revoke",
          "datastore_create",
          "datastore_upsert",
          "datastore_delete");

  /** Further CKAN reads that docs/api.md says we offer. */
  private static final Set<String> MORE_READS =
      Set.of("site_read", "user_show", "group_activity_list", "user_activity_list");

  /** Further CKAN writes that docs/api.md says we offer (organisations, groups, users). */
  private static final Set<String> MORE_WRITES =
      Set.of(
          "organization_create",
          "organization_update",
          "organization_patch",
          "organization_member_create",
          "organization_member_delete",
          "group_create",
          "group_update",
          "group_patch",
          "group_member_create",
          "group_member_delete",
          "user_create",
          "user_update",
          "user_delete");

  /** CKAN's naming of reads: every show, list, search, autocomplete, info and diff action. */
  private static final Pattern READ_NAME =
      Pattern.compile(
          ".+_(show|list|search|search_sql|autocomplete|info|read|diff)"
              + "|current_package_list_with_resources");

  /** CKAN's naming of writes. */
  private static final Pattern WRITE_NAME =
      Pattern.compile(".+_(create|update|patch|delete|purge|revoke|upsert)");

  /** The table, recording every registration: its map would hide a name registered twice. */
  private static final class RecordingTable extends ActionTable {
    final List<String> registered = new ArrayList<>();

    @Override
    void read(String name, Action action) {
      registered.add(name);
      super.read(name, action);
    }

    @Override
    void write(String name, Action action) {
      registered.add(name);
      super.write(name, action);
    }
  }

  private static RecordingTable table() {
    RecordingTable t = new RecordingTable();
    t.catalogReads = new CatalogReadActions();
    t.catalogWrites = new CatalogWriteActions();
    t.identity = new IdentityActions();
    t.activity = new ActivityActions();
    t.site = new SiteActions();
    t.datastore = new DataStoreActions();
    t.init();
    return t;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    return Stream.concat(a.stream(), b.stream()).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> minus(Set<String> a, Set<String> b) {
    Set<String> out = new TreeSet<>(a);
    out.removeAll(b);
    return out;
  }

  @Test
  void everyActionOfTheCkanContractIsRegistered() {
    assertEquals(
        Set.of(),
        minus(union(CKAN_READS, CKAN_WRITES), table().names()),
        "actions of the CKAN contract missing from the table");
  }

  @Test
  void theTableHoldsExactlyTheDocumentedActions() {
    ActionTable t = table();
    Set<String> documented = union(union(CKAN_READS, MORE_READS), union(CKAN_WRITES, MORE_WRITES));
    assertEquals(Set.of(), minus(documented, t.names()), "documented but not registered");
    assertEquals(
        Set.of(),
        minus(t.names(), documented),
        "registered but not listed here and in docs/api.md");
    for (String name : t.names()) {
      assertNotNull(t.find(name).orElseThrow().action(), name);
    }
  }

  @Test
  void noActionIsRegisteredTwice() {
    RecordingTable t = table();
    List<String> again = new ArrayList<>(t.registered);
    new HashSet<>(t.registered).forEach(again::remove);
    assertEquals(List.of(), again, "registered more than once (the later silently wins)");
  }

  @Test
  void onlyTheSideEffectFreeActionsMayBeCalledWithGet() {
    ActionTable t = table();
    Set<String> reads = union(CKAN_READS, MORE_READS);
    for (String name : t.names()) {
      assertEquals(
          reads.contains(name),
          t.find(name).orElseThrow().readOnly(),
          name + (reads.contains(name) ? " is side-effect free" : " changes something"));
    }
  }

  @Test
  void everyWriteActionRefusesGet() {
    ActionTable t = table();
    for (String name : union(CKAN_WRITES, MORE_WRITES)) {
      assertFalse(t.find(name).orElseThrow().readOnly(), name + " must not be GET-able");
    }
  }

  @Test
  void getFollowsCkansNamingOfReadsAndWrites() {
    ActionTable t = table();
    for (String name : t.names()) {
      boolean readName = READ_NAME.matcher(name).matches();
      boolean writeName = WRITE_NAME.matcher(name).matches();
      assertTrue(readName != writeName, name + " is named neither as a read nor as a write");
      assertEquals(readName, t.find(name).orElseThrow().readOnly(), name);
    }
  }

  @Test
  void unknownOrMisspelledNamesAreNotActions() {
    ActionTable t = table();
    for (String name : List.of("foo", "", "Package_show", "package_show ", "package-show")) {
      assertTrue(t.find(name).isEmpty(), "'" + name + "'");
    }
  }
}
