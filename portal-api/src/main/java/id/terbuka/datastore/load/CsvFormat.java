package id.terbuka.datastore.load;

import java.nio.charset.Charset;

/** What sniffing found out about a delimited text file. */
public record CsvFormat(Charset charset, int bomLength, char delimiter) {}
