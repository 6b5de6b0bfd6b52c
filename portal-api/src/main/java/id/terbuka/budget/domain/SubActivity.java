package id.terbuka.budget.domain;

/** The sub kegiatan a line belongs to: its code and the name the file gives it (may be empty). */
public record SubActivity(SubActivityCode code, String name) {}
