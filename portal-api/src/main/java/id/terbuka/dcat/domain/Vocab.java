package id.terbuka.dcat.domain;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms Jena's own vocabulary classes lack: SPDX checksums, Hydra paging, and the EU
 * publications office's frequency authority.
 */
public final class Vocab {
  public static final String SPDX = "http://spdx.org/rdf/terms#";
  public static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
  public static final String FREQUENCY =
      "http://publications.europa.eu/resource/authority/frequency/";
  public static final String IANA_MEDIA = "https://www.iana.org/assignments/media-types/";

  public static final Resource CHECKSUM = ResourceFactory.createResource(SPDX + "Checksum");
  public static final Property CHECKSUM_PROP = ResourceFactory.createProperty(SPDX, "checksum");
  public static final Property ALGORITHM = ResourceFactory.createProperty(SPDX, "algorithm");
  public static final Property CHECKSUM_VALUE =
      ResourceFactory.createProperty(SPDX, "checksumValue");
  public static final Resource SHA256 =
      ResourceFactory.createResource(SPDX + "checksumAlgorithm_sha256");

  public static final Resource PAGED_COLLECTION =
      ResourceFactory.createResource(HYDRA + "PagedCollection");
  public static final Resource PARTIAL_VIEW =
      ResourceFactory.createResource(HYDRA + "PartialCollectionView");
  public static final Property TOTAL_ITEMS = ResourceFactory.createProperty(HYDRA, "totalItems");
  public static final Property ITEMS_PER_PAGE =
      ResourceFactory.createProperty(HYDRA, "itemsPerPage");
  public static final Property FIRST = ResourceFactory.createProperty(HYDRA, "first");
  public static final Property LAST = ResourceFactory.createProperty(HYDRA, "last");
  public static final Property NEXT = ResourceFactory.createProperty(HYDRA, "next");
  public static final Property PREVIOUS = ResourceFactory.createProperty(HYDRA, "previous");
  public static final Property VIEW = ResourceFactory.createProperty(HYDRA, "view");

  private Vocab() {}
}
