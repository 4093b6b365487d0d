package org.corroborate.imports;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * One bulk import: the files of one upload ({@link ImportFile}), imported one by one by {@link ImportWorker}. The
 * lease says which instance of a fleet works on it, and until when.
 */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntity {

    /** The user who sent it: the sources are theirs, and only they (or an editor) may read the job. */
    @Column(nullable = false, length = 64, updatable = false)
    public String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ImportStatus status = ImportStatus.QUEUED;

    /** Files in the upload, a zip's counted one by one (those refused at upload too). */
    @Column(nullable = false)
    public int total;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "lease_holder", length = 64)
    public String leaseHolder;

    @Column(name = "lease_until")
    public Instant leaseUntil;
}
