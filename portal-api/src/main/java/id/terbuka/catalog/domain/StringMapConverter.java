package id.terbuka.catalog.domain;

import id.terbuka.shared.Json;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Stores a string map as a JSON object in a text column (resource extras). */
@Converter
public class StringMapConverter implements AttributeConverter<Map<String, String>, String> {
  @Override
  public String convertToDatabaseColumn(Map<String, String> map) {
    return map == null || map.isEmpty() ? null : Json.write(map);
  }

  @Override
  public Map<String, String> convertToEntityAttribute(String text) {
    Map<String, String> map = new LinkedHashMap<>();
    if (text != null && !text.isBlank()) {
      Json.parseObject(text).forEach((k, v) -> map.put(k, v == null ? null : v.toString()));
    }
    return map;
  }
}
