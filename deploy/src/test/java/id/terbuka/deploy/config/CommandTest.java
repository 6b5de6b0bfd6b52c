package id.terbuka.deploy.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandTest {

  @Test
  void simpleCommands() {
    for (String name : List.of("start", "demo", "stop", "solr")) {
      assertEquals(new Command(name, false, Optional.empty()), Command.parse(List.of(name)));
    }
  }

  @Test
  void noArgumentsOrHelpFlagMeanHelp() {
    assertEquals("help", Command.parse(List.of()).name());
    assertEquals("help", Command.parse(List.of("--help")).name());
    assertEquals("help", Command.parse(List.of("-h")).name());
  }

  @Test
  void reindexWithAndWithoutCheck() {
    assertEquals(
        new Command("reindex", false, Optional.empty()), Command.parse(List.of("reindex")));
    assertEquals(
        new Command("reindex", true, Optional.empty()),
        Command.parse(List.of("reindex", "--check")));
  }

  @Test
  void tokenTakesTheUserInEitherSpelling() {
    Command expected = new Command("token", false, Optional.of("walidata"));

    assertEquals(expected, Command.parse(List.of("token", "--user", "walidata")));
    assertEquals(expected, Command.parse(List.of("token", "--user=walidata")));
  }

  @Test
  void rejectsWhatItDoesNotKnow() {
    assertThrows(ConfigException.class, () -> Command.parse(List.of("restart")));
    assertThrows(ConfigException.class, () -> Command.parse(List.of("start", "--now")));
    assertThrows(ConfigException.class, () -> Command.parse(List.of("reindex", "--all")));
    assertThrows(ConfigException.class, () -> Command.parse(List.of("token")));
    assertThrows(ConfigException.class, () -> Command.parse(List.of("token", "--user")));
    assertThrows(ConfigException.class, () -> Command.parse(List.of("token", "--user=")));
  }
}
