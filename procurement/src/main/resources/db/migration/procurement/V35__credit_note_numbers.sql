-- A supplier's credit note number is recorded once: two entered at once against different invoices both pass the
-- check under their own invoice's lock, so the key is the guard (a repeat is a 409).
create unique index supplier_credit_note_number on supplier_invoice (tenant_id, supplier_id, number_key) where kind = 'CREDIT_NOTE';
