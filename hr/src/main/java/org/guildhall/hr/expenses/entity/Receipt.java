package org.guildhall.hr.expenses.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.guildhall.platform.tenancy.TenantScoped;

/** A receipt's file, kept with its claim (and line, when it was given for one). Never changed once stored. */
@Entity
@Table(name = "expense_receipt")
public class Receipt extends TenantScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_id", nullable = false)
    private Long claimId;

    @Column(name = "line_no")
    private Integer lineNo;

    @Column(name = "media_type", nullable = false, length = 32)
    private String mediaType;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "size_bytes", nullable = false)
    private int size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected Receipt() {
    }

    public Receipt(Long claimId, Integer lineNo, String mediaType, String fileName, byte[] content, String sha256, String uploadedBy,
                   Instant uploadedAt) {
        this.claimId = claimId;
        this.lineNo = lineNo;
        this.mediaType = mediaType;
        this.fileName = fileName;
        this.content = content;
        this.size = content.length;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long id() { return id; }
    public Long claimId() { return claimId; }
    public Integer lineNo() { return lineNo; }
    public String mediaType() { return mediaType; }
    public String fileName() { return fileName; }
    public int size() { return size; }
    public String sha256() { return sha256; }
    public byte[] content() { return content; }
}
