-- An invoice without a purchase order names, line by line, the expense account and cost centre it is charged to.
alter table supplier_invoice_line add column account_code varchar(16);
alter table supplier_invoice_line add column cost_centre varchar(16);
