package org.guildhall.procurement.demo;

import jakarta.json.JsonArrayBuilder;
import java.util.List;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.money.Money;
import org.guildhall.procurement.supplier.control.Suppliers;

/**
 * A supplier the demo's tenants buy from, made up but shaped as a real one is, so that every check the supplier
 * register makes passes: who they are, how and when they are paid, how soon they deliver, and what they sell.
 *
 * @param termsDays     payment terms; an SME is paid as soon as its invoice is approved, whatever they say
 * @param leadDays      working days from the order to the goods, at the soonest
 * @param invoicePrefix how the supplier's own invoice numbers begin
 * @param firstInvoice  the number of the first invoice the supplier sends a tenant
 */
record DemoSupplier(String name, String companyNumber, String vatNumber, List<String> addressLines, String postcode, String email,
                    String phone, boolean sme, int termsDays, int leadDays, String invoicePrefix, int firstInvoice, String sortCode,
                    String accountNumber, String accountName, List<Item> items) {

    /**
     * Something a supplier sells: its expense account, its price range (a price is drawn to the penny within it) and
     * how many are usually bought at once; {@code vat} as an order line takes it (20, 5 or 0).
     */
    record Item(String description, String account, Money lowest, Money highest, int fewest, int most, String vat) {
    }

    /** The request that adds the supplier to a tenant's register, on the payment terms the tenant agreed with them. */
    Suppliers.Request request(int agreedTermsDays) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        addressLines.forEach(lines::add);
        return new Suppliers.Request(name, companyNumber, vatNumber, Json.createObjectBuilder().add("lines", lines).add("postcode", postcode).build(),
                email, phone, agreedTermsDays, sme);
    }

    /**
     * Everyone a demo tenant may buy from; each tenant takes some of them. Their emails are under {@code .example}
     * (reserved, never delivered), their phone numbers in Ofcom's drama ranges.
     */
    static final List<DemoSupplier> CATALOGUE = List.of(
            new DemoSupplier("Northgate Office Supplies Ltd", "04817265", vat(4817265), List.of("Unit 4, Northgate Trading Estate", "Leeds"),
                    "LS9 0QT", "accounts@northgate-office.example", "0113 496 0418", true, 30, 2, "NOS-", 40112, "40-47-84", "31726455",
                    "NORTHGATE OFFICE", List.of(
                    item("A4 copier paper, 80gsm, box of 5 reams", "55600", "21.50", "26.90", 10, 60),
                    item("Black toner cartridge, high yield", "55600", "68.00", "112.00", 2, 12),
                    item("Lever arch files, pack of 10", "55600", "14.20", "19.60", 3, 20),
                    item("Ballpoint pens, box of 50", "55600", "7.20", "11.40", 2, 10))),
            new DemoSupplier("Pennine IT Services Ltd", "06630912", vat(6630912), List.of("Pennine House, 12 Canal Wharf", "Huddersfield"),
                    "HD1 3LP", "ar@pennine-it.example", "01632 960 220", false, 30, 5, "PIT", 7001, "20-32-06", "53318420", "PENNINE IT LTD",
                    List.of(
                    item("Laptop, 14-inch, standard build with three-year warranty", "55200", "645.00", "820.00", 1, 8),
                    item("USB-C docking station", "55200", "145.00", "195.00", 1, 10),
                    item("24-inch monitor", "55200", "128.00", "176.00", 1, 10),
                    item("Service desk support, days", "55200", "420.00", "560.00", 1, 5))),
            new DemoSupplier("Castle Print and Post Ltd", "08154477", vat(8154477), List.of("3 Castle Yard", "York"), "YO1 9RT",
                    "invoices@castleprint.example", "01632 960 733", true, 14, 3, "CPP/", 2210, "30-96-26", "17745203", "CASTLE PRINT",
                    List.of(
                    item("Printed leaflets, A5, per 1,000", "55700", "92.00", "148.00", 1, 6),
                    new Item("Franking machine postage credit", "55700", Money.parse("250.00"), Money.parse("900.00"), 1, 1, "0"),
                    item("Courier collection, same day", "55700", "28.00", "46.00", 1, 6))),
            new DemoSupplier("Meridian Facilities Management Ltd", "03391208", vat(3391208), List.of("Meridian Point, 40 Station Road", "Reading"),
                    "RG1 1LX", "billing@meridian-fm.example", "0118 496 0550", false, 30, 4, "MFM-", 90020, "60-02-13", "82014476",
                    "MERIDIAN FM LTD", List.of(
                    item("Office cleaning, one month", "55100", "1450.00", "2650.00", 1, 1),
                    item("Reactive maintenance call-out", "55100", "180.00", "340.00", 1, 4),
                    item("Window cleaning, quarterly visit", "55100", "260.00", "420.00", 1, 1))),
            new DemoSupplier("Brightwater Learning Ltd", "09927310", vat(9927310), List.of("The Old Mill, Riverside", "Shrewsbury"), "SY1 2PQ",
                    "finance@brightwater-learning.example", "01632 960 118", true, 21, 8, "BWL", 500, "09-01-28", "44019283",
                    "BRIGHTWATER LEARN", List.of(
                    item("Leadership programme, one place", "55500", "480.00", "980.00", 1, 4),
                    item("Data protection e-learning licence", "55500", "18.00", "32.00", 10, 80),
                    item("Mental health first aid course, one place", "55500", "165.00", "240.00", 1, 6))),
            new DemoSupplier("Harbour Consulting LLP", "OC412987", vat(4129870), List.of("2 Harbour Walk", "Bristol"), "BS1 5TY",
                    "accounts@harbour-consulting.example", "0117 496 0743", false, 30, 10, "HC-", 3300, "40-11-62", "90227714", "HARBOUR CONSULT",
                    List.of(
                    item("Consultancy, days", "55300", "680.00", "950.00", 2, 10),
                    item("Business case review", "55300", "1800.00", "3400.00", 1, 1))),
            new DemoSupplier("Kestrel Telecom plc", "02204518", vat(2204518), List.of("Kestrel Tower, 1 Exchange Square", "Manchester"),
                    "M2 7AA", "business.billing@kestrel-telecom.example", "0161 496 0900", false, 30, 3, "KT", 880100, "83-06-08", "10483321",
                    "KESTREL TELECOM", List.of(
                    item("Mobile phone line, one month", "55200", "11.00", "17.00", 20, 120),
                    item("Smartphone, mid-range", "55200", "219.00", "329.00", 1, 10))),
            new DemoSupplier("Oakfield Office Furniture Ltd", "07742901", vat(7742901), List.of("Oakfield Works, Mill Lane", "High Wycombe"),
                    "HP12 3RE", "sales.ledger@oakfield-furniture.example", "01632 960 307", true, 30, 12, "OFF", 15800, "56-00-29", "63390017",
                    "OAKFIELD FURNITURE", List.of(
                    item("Ergonomic office chair", "55100", "165.00", "265.00", 2, 12),
                    item("Height-adjustable desk", "55100", "310.00", "470.00", 1, 8))),
            new DemoSupplier("Archway Records Storage Ltd", "05519034", vat(5519034), List.of("Archway Depot, Wharf Road", "Swindon"), "SN2 1DL",
                    "credit.control@archway-records.example", "01632 960 640", false, 14, 2, "ARS", 61000, "20-45-77", "70518864",
                    "ARCHWAY RECORDS", List.of(
                    item("Off-site box storage, one month", "55100", "3.10", "4.60", 150, 700),
                    item("Secure shredding, per sack", "55100", "6.50", "9.80", 10, 60),
                    item("Box retrieval and delivery", "55100", "4.20", "6.90", 5, 40))),
            new DemoSupplier("Lantern Language Services Ltd", "10238846", vat(1023884), List.of("Lantern House, 8 Queen Street", "Cardiff"),
                    "CF10 2BU", "invoices@lantern-language.example", "029 2018 0412", true, 30, 4, "LLS", 1200, "30-93-71", "28861150",
                    "LANTERN LANGUAGE", List.of(
                    item("Translation, per 1,000 words", "55300", "85.00", "130.00", 2, 20),
                    item("Interpreting, half day", "55300", "160.00", "240.00", 1, 6))));

    private static Item item(String description, String account, String lowest, String highest, int fewest, int most) {
        return new Item(description, account, Money.parse(lowest), Money.parse(highest), fewest, most, "20");
    }

    /**
     * A VAT number HMRC could have issued: GB, the seven digits of {@code serial}, and the two check digits that make
     * the weighted sum a multiple of 97 (the first series), as the register checks.
     */
    static String vat(int serial) {
        String digits = "%07d".formatted(serial);
        int total = 0;
        for (int i = 0; i < 7; i++) {
            total += (8 - i) * (digits.charAt(i) - '0');
        }
        return "GB" + digits + "%02d".formatted((97 - total % 97) % 97);
    }
}
