-- The duplicate check's second key: the same supplier, date and amount. Without it the check read every invoice of
-- the supplier (scripts/bench-payables: 28 invoices a second matched against 150,000 on file).
create index supplier_invoice_amount on supplier_invoice (tenant_id, supplier_id, invoice_date, total);
