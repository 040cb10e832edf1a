-- Credit notes: a supplier's document reducing an invoice it issued, kept beside the invoices (kind CREDIT_NOTE, amounts
-- positive as printed) and pointing at the invoice it reduces. A payment run nets an approved credit note against the
-- same supplier's invoices, never paying a negative amount; what does not fit is carried to a later run.
alter table supplier_invoice add column kind varchar(16) not null default 'INVOICE' check (kind in ('INVOICE', 'CREDIT_NOTE'));
alter table supplier_invoice add column credits_id bigint;
alter table supplier_invoice add foreign key (tenant_id, credits_id) references supplier_invoice (tenant_id, id);
alter table supplier_invoice add check ((kind = 'CREDIT_NOTE') = (credits_id is not null));
create index supplier_invoice_credits on supplier_invoice (tenant_id, credits_id) where credits_id is not null;
