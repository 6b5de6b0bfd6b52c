package id.terbuka.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.catalog.domain.GroupInput.RequestedMember;
import id.terbuka.identity.domain.Capacity;
import id.terbuka.shared.FieldErrors;
import id.terbuka.shared.InvalidInputException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupInputTest {
  private static final LocalDateTime NOW = LocalDateTime.of(2024, 1, 1, 0, 0);

  private static Map<String, List<String>> problems(FieldErrors errors) {
    return assertThrows(InvalidInputException.class, errors::throwIfAny).errors();
  }

  private static Map<String, Object> dict(Object... keyValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((String) keyValues[i], keyValues[i + 1]);
    }
    return m;
  }

  @Test
  void aFreeWellFormedNameIsAccepted() {
    assertTrue(GroupInput.checkNewName("dinas-kesehatan", n -> false).isEmpty());
  }

  @Test
  void aTakenNewNameIsReportedInCkanWordsOnly() {
    assertEquals(
        Map.of("name", List.of("Group name already exists in database")),
        problems(GroupInput.checkNewName("dinkes", n -> true)));
  }

  @Test
  void aMalformedNewNameKeepsTheDatasetRuleMessages() {
    assertEquals(
        Map.of(
            "name",
            List.of(
                "Must be at least 2 characters long",
                "Must be purely lowercase alphanumeric (ascii) characters and these symbols: -_")),
        problems(GroupInput.checkNewName("D", n -> false)));
    assertEquals(
        Map.of("name", List.of("Missing value")),
        problems(GroupInput.checkNewName(null, n -> true)));
  }

  @Test
  void aRenameToATakenNameIsTheDatasetRuleMessage() {
    assertEquals(
        Map.of("name", List.of("That URL is already in use.")),
        problems(GroupInput.checkName("dinkes", n -> true)));
    assertTrue(GroupInput.checkName("dinkes", n -> false).isEmpty());
  }

  @Test
  void anUpdateWithoutANameKeepsTheCurrentOne() {
    CatalogGroup g = new CatalogGroup("o", "lama", true, NOW);
    assertEquals("lama", GroupInput.nameAfterUpdate(dict("name", "  "), g));
    assertEquals("baru", GroupInput.nameAfterUpdate(dict("name", " baru "), g));
  }

  @Test
  void fieldsAreSetAndAbsentOnesCleared() {
    CatalogGroup g = new CatalogGroup("o", "dinkes", true, NOW);
    g.imageUrl = "https://old.example/logo.png";
    GroupInput.apply(
        g, dict("title", " Dinas Kesehatan ", "description", "  Baris\n", "kode_unit", "1.02"));
    assertEquals("Dinas Kesehatan", g.title);
    assertEquals("  Baris\n", g.description, "descriptions keep their white space");
    assertNull(g.imageUrl);
    assertEquals("1.02", g.kodeUnit);
  }

  @Test
  void kodeUnitMayComeAsAnExtraOfAnOrganisation() {
    CatalogGroup g = new CatalogGroup("o", "dinkes", true, NOW);
    GroupInput.apply(
        g,
        dict(
            "extras",
            List.of(
                Map.of("key", "other", "value", "x"), Map.of("key", "kode_unit", "value", "7"))));
    assertEquals("7", g.kodeUnit);
    GroupInput.apply(
        g, dict("kode_unit", "1", "extras", List.of(Map.of("key", "kode_unit", "value", "7"))));
    assertEquals("1", g.kodeUnit, "the field wins over the extra");
  }

  @Test
  void aTopicHasNoKodeUnit() {
    CatalogGroup topic = new CatalogGroup("g", "kesehatan", false, NOW);
    GroupInput.apply(topic, dict("kode_unit", "1"));
    assertNull(topic.kodeUnit);
  }

  @Test
  void requestedMembersAreNamesOrDictsWithACapacity() {
    Map<String, Object> byId = new HashMap<>();
    byId.put("id", "u-9");
    byId.put("capacity", "Editor");
    List<Object> users =
        List.of(
            "budi",
            Map.of("name", "sari", "id", "u-2", "capacity", "admin"),
            byId,
            Map.of("name", "joko", "capacity", "owner"),
            Map.of("capacity", "admin"),
            " ");
    assertEquals(
        List.of(
            new RequestedMember("budi", Capacity.MEMBER),
            new RequestedMember("sari", Capacity.ADMIN),
            new RequestedMember("u-9", Capacity.EDITOR),
            new RequestedMember("joko", Capacity.MEMBER)),
        GroupInput.requestedMembers(dict("users", users)));
    assertEquals(List.of(), GroupInput.requestedMembers(dict()));
  }

  @Test
  void aMemberRequestNamesTheCapacity() {
    assertEquals(Capacity.EDITOR, GroupInput.checkMemberRequest("dinkes", "budi", " EDITOR "));
  }

  @Test
  void aMemberRequestReportsEveryProblem() {
    assertEquals(
        Map.of(
            "id", List.of("Missing value"),
            "username", List.of("Missing value"),
            "role", List.of("Missing value")),
        assertThrows(
                InvalidInputException.class, () -> GroupInput.checkMemberRequest(null, null, null))
            .errors());
    assertEquals(
        Map.of("role", List.of("Role must be one of: admin, editor, member")),
        assertThrows(
                InvalidInputException.class,
                () -> GroupInput.checkMemberRequest("dinkes", "budi", "owner"))
            .errors());
  }

  @Test
  void aRemovalNeedsTheGroupAndTheUser() {
    assertEquals(
        Map.of("username", List.of("Missing value")),
        assertThrows(
                InvalidInputException.class, () -> GroupInput.checkMemberRemoval("dinkes", null))
            .errors());
    GroupInput.checkMemberRemoval("dinkes", "budi");
  }
}
