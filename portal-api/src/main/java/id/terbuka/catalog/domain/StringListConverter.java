package id.terbuka.catalog.domain;

import id.terbuka.shared.Json;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.List;

/** Stores a list of strings as a JSON array in a text column (region codes). */
@Converter
public class StringListConverter implements AttributeConverter<List<String>, String> {
  @Override
  public String convertToDatabaseColumn(List<String> list) {
    return list == null || list.isEmpty() ? null : Json.write(list);
  }

  @Override
  public List<String> convertToEntityAttribute(String text) {
    List<String> list = new ArrayList<>();
    if (text != null && !text.isBlank()) {
      for (Object o : (List<?>) Json.parse(text)) {
        list.add(String.valueOf(o));
      }
    }
    return list;
  }
}
