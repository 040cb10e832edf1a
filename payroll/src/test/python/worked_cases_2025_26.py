#!/usr/bin/env python3
"""Independent reference gross-to-net calculation for UK payroll, tax year 2025-26.

The oracle for WorkedCasesTest: written separately from the Java engine, from the rules as researched
(payroll/RESEARCH-rates.md, RESEARCH-spec.md), with Decimal arithmetic only (no float anywhere). Running it
regenerates src/test/resources/org/guildhall/payroll/calculation/worked-cases-2025-26.csv:

    python3 payroll/src/test/python/worked_cases_2025_26.py

Three rules were changed after HMRC's 2025-26 test data settled them (lower-band tax apportioned as one total,
band by band for Scotland; NI rounded on the third decimal place; two- and four-weekly NI thresholds annual/26
and /13 rounded up to the pound).
"""
import csv
import os
import re
import sys
from decimal import Decimal, ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_HALF_UP, getcontext

getcontext().prec = 50

D = Decimal
PENNY = D("0.01")
FOUR_DP = D("0.0001")
POUND = D("1")

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "org", "guildhall", "payroll",
                   "calculation", "worked-cases-2025-26.csv")

HEADER = ["taxYear", "frequency", "period", "taxCode", "niCategory", "grossPay", "pensionableGross",
          "pensionEmployeeRate", "taxablePayToDate", "taxPaidToDate", "studentLoanPlans", "taxablePay", "tax",
          "employeeNi", "employerNi", "studentLoan", "postgraduateLoan", "pensionEmployee", "netPay",
          "taxablePayToDateAfter", "taxPaidToDateAfter", "description"]

# ---------------------------------------------------------------- parameters 2025-26
RUK_LIMITS = [D(37700), D(125140)]
RUK_RATES = [D("0.20"), D("0.40"), D("0.45")]
SCOT_LIMITS = [D(2827), D(14921), D(31092), D(62430), D(125140)]
SCOT_RATES = [D("0.19"), D("0.20"), D("0.21"), D("0.42"), D("0.45"), D("0.48")]
BASIC_RATE = D("0.20")
D_RATES_RUK = {0: D("0.40"), 1: D("0.45")}
D_RATES_SCOT = {0: D("0.21"), 1: D("0.42"), 2: D("0.45"), 3: D("0.48")}
REG_LIMIT = D("0.5")

WEEKS_PER_PERIOD = {"WEEKLY": 1, "FORTNIGHTLY": 2, "FOUR_WEEKLY": 4}
MAX_PERIOD = {"WEEKLY": 53, "FORTNIGHTLY": 27, "FOUR_WEEKLY": 14, "MONTHLY": 12}
WEEK53_PERIOD = {"WEEKLY": 53, "FORTNIGHTLY": 27, "FOUR_WEEKLY": 14}

NI_WEEKLY = {"LEL": D(125), "PT": D(242), "ST": D(96), "UEL": D(967), "UST": D(967), "AUST": D(967),
             "VUST": D(967), "FUST": D(481), "IZUST": D(481)}
NI_MONTHLY = {"LEL": D(542), "PT": D(1048), "ST": D(417), "UEL": D(4189), "UST": D(4189), "AUST": D(4189),
              "VUST": D(4189), "FUST": D(2083), "IZUST": D(2083)}
NI_ANNUAL = {"LEL": D(6500), "PT": D(12570), "ST": D(5000), "UEL": D(50270), "UST": D(50270), "AUST": D(50270),
             "VUST": D(50270), "FUST": D(25000), "IZUST": D(25000)}
NI_EE_MAIN = {"A": D("0.08"), "B": D("0.0185"), "C": D(0), "F": D("0.08"), "H": D("0.08"), "I": D("0.0185"),
              "J": D("0.02"), "L": D("0.02"), "M": D("0.08"), "N": D("0.08"), "S": D(0), "V": D("0.08"),
              "Z": D("0.02")}
NI_EE_MAIN["X"] = D(0)
NI_EE_UPPER = {k: (D(0) if k in ("C", "S", "X") else D("0.02")) for k in NI_EE_MAIN}
NI_ER_THRESHOLD = {"A": "ST", "B": "ST", "C": "ST", "J": "ST", "M": "UST", "Z": "UST", "H": "AUST",
                   "V": "VUST", "F": "FUST", "I": "FUST", "L": "FUST", "S": "FUST", "N": "IZUST", "X": "ST"}
NI_ER_RATE = D("0.15")

SL_PLANS = {"PLAN_1": (D(26065), D("0.09")), "PLAN_2": (D(28470), D("0.09")), "PLAN_4": (D(32745), D("0.09"))}
PGL = (D(21000), D("0.06"))
SL_DIVISOR = {"MONTHLY": 12, "WEEKLY": 52, "FORTNIGHTLY": 26, "FOUR_WEEKLY": 13}


# ---------------------------------------------------------------- helpers
def ceil_penny(x):
    return x.quantize(PENNY, rounding=ROUND_CEILING)


def floor_penny(x):
    return x.quantize(PENNY, rounding=ROUND_FLOOR)


def trunc4(x):
    return x.quantize(FOUR_DP, rounding=ROUND_DOWN)


def floor_pound(x):
    return x.quantize(POUND, rounding=ROUND_FLOOR)


def ceil_pound(x):
    return x.quantize(POUND, rounding=ROUND_CEILING)


def m(x):
    """money string with two decimals"""
    return str(x.quantize(PENNY))


def fmt(x):
    """compact number for descriptions (no commas)"""
    s = str(x)
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


CODE_RE = re.compile(r"^(S|C)?(?:(\d+)([LMNT])|K(\d+)|(BR)|D([0-3])|(NT))(?:\s+(W1/M1|W1|M1|X))?$")


def parse_code(code):
    mt = CODE_RE.match(code.strip().upper())
    if not mt:
        raise ValueError("bad tax code " + code)
    prefix, num, suffix, knum, br, dn, nt, marker = mt.groups()
    region = {"S": "SCOTLAND", "C": "WALES", None: "RUK"}[prefix]
    if num is not None:
        kind, number = "ALLOWANCE", int(num)
    elif knum is not None:
        kind, number = "K", int(knum)
    elif br:
        kind, number = "BR", None
    elif dn is not None:
        kind, number = "D", int(dn)
        if region != "SCOTLAND" and number > 1:
            raise ValueError("D2/D3 only exist in Scotland: " + code)
    else:
        kind, number = "NT", None
    return {"region": region, "kind": kind, "number": number, "noncum": marker is not None}


def period_free_pay(code_number, weekly_based):
    """Free pay (or K additional pay) for one period: one week or one month."""
    if code_number == 0:
        return D(0)
    q = (code_number - 1) // 500
    r = ((code_number - 1) % 500) + 1
    if weekly_based:
        return ceil_penny(D(r * 10 + 9) / D(52)) + D(q) * D("96.16")
    return ceil_penny(D(r * 10 + 9) / D(12)) + D(q) * D("416.67")


def banded_tax(Tn, limits, rates, n, N, notes):
    c = [D(0)] + [trunc4(L * n / N) for L in limits]
    v = [ceil_pound(x) for x in c[1:]]
    band = len(rates) - 1
    for i, vi in enumerate(v):
        if Tn <= vi:
            band = i
            break
    # Tax on the full lower bands, apportioned as HMRC's 2025-26 test data requires (RESEARCH-spec.md 2.3):
    # rest of UK and Wales as one annual total times n/N truncated to 4 dp; Scotland band by band, each truncated.
    annual_band_tax = []
    prev = D(0)
    for j, L in enumerate(limits):
        annual_band_tax.append((L - prev) * rates[j])
        prev = L
    if len(rates) == 6:
        total = sum((trunc4(t * n / N) for t in annual_band_tax[:band]), D(0))
    else:
        total = trunc4(sum(annual_band_tax[:band], D(0)) * n / N)
    total += (Tn - c[band]) * rates[band]
    Ln = floor_penny(total)
    if band == 0:
        notes.append("band 1 (v1 %s) %s x %s%%" % (fmt(v[0]), fmt(Tn), fmt(rates[0] * 100)))
    else:
        notes.append("band %d limits c %s" % (band + 1, " ".join(fmt(x) for x in c[1:band + 1])))
    return Ln


def calc_tax(req, taxable_pay, notes):
    code = parse_code(req["taxCode"])
    freq, period = req["frequency"], req["period"]
    weekly_based = freq != "MONTHLY"
    week53 = weekly_based and period == WEEK53_PERIOD[freq]
    noncum = code["noncum"] or week53
    if weekly_based:
        N = 52
        n = WEEKS_PER_PERIOD[freq] * (1 if noncum else period)
    else:
        N = 12
        n = 1 if noncum else period
    if noncum:
        Pn = taxable_pay
        paid = D(0)
        notes.append(("week 53 style non-cumulative " if week53 and not code["noncum"] else "non-cumulative ")
                     + "n=%d/%d" % (n, N))
    else:
        Pn = req["taxablePayToDate"] + taxable_pay
        paid = req["taxPaidToDate"]
        notes.append("cumulative n=%d/%d Pn %s" % (n, N, fmt(Pn)))

    kind = code["kind"]
    scot = code["region"] == "SCOTLAND"
    if (week53 and not code["noncum"] and kind == "ALLOWANCE"
            and period_free_pay(code["number"], True) * 52 >= req["taxablePayToDate"] + taxable_pay):
        # HMRC's week 53 rule: on a cumulative code no tax if free pay to week 52 covers the year's pay with this payment.
        notes.append("week 53: free pay to week 52 %s covers the year's pay %s so no tax"
                     % (fmt(period_free_pay(code["number"], True) * 52), fmt(req["taxablePayToDate"] + taxable_pay)))
        return D(0).quantize(PENNY)
    if kind == "NT":
        Ln = D(0)
        notes.append("NT no tax")
    else:
        if kind in ("ALLOWANCE", "K"):
            fp1 = period_free_pay(code["number"], weekly_based)
            fp = fp1 * n
            if kind == "K":
                Un = Pn + fp
                notes.append("K addl pay %s x %d = %s" % (fmt(fp1), n, fmt(fp)))
            else:
                Un = Pn - fp
                notes.append("free pay %s x %d = %s" % (fmt(fp1), n, fmt(fp)))
        else:
            Un = Pn
        if Un <= 0:
            Ln = D(0)
            notes.append("Un %s <= 0 so Ln 0" % fmt(Un))
        else:
            Tn = floor_pound(Un)
            notes.append("Tn %s" % fmt(Tn))
            if kind == "BR":
                Ln = floor_penny(Tn * BASIC_RATE)
                notes.append("BR 20%")
            elif kind == "D":
                rate = (D_RATES_SCOT if scot else D_RATES_RUK)[code["number"]]
                Ln = floor_penny(Tn * rate)
                notes.append("D%d at %s%%" % (code["number"], fmt(rate * 100)))
            else:
                limits, rates = (SCOT_LIMITS, SCOT_RATES) if scot else (RUK_LIMITS, RUK_RATES)
                Ln = banded_tax(Tn, limits, rates, D(n), D(N), notes)
        notes.append("Ln %s" % fmt(Ln))
    tax = Ln - paid
    if noncum and tax < 0:
        tax = D(0)
    if not noncum and paid != 0:
        notes.append("less paid %s" % fmt(paid))
    if tax > 0:
        cap = floor_penny(taxable_pay * REG_LIMIT)
        if cap < 0:
            cap = D(0)
        if tax > cap:
            notes.append("reg limit caps %s to %s" % (fmt(tax), fmt(cap)))
            tax = cap
    if tax < 0:
        notes.append("refund %s" % fmt(-tax))
    return tax


def ni_thresholds(freq):
    if freq == "MONTHLY":
        return dict(NI_MONTHLY)
    if freq == "WEEKLY":
        return dict(NI_WEEKLY)
    # HMRC's tables and 2025-26 NIC test data: annual / 26 or / 13 rounded up to the pound (not 2x or 4x weekly).
    divisor = {"FORTNIGHTLY": 26, "FOUR_WEEKLY": 13}[freq]
    return {k: (v / D(divisor)).quantize(D(1), rounding=ROUND_CEILING) for k, v in NI_ANNUAL.items()}


def round_ni(x):
    # HMRC's NIC test data: only the third decimal place decides (0.0056 -> 0.00).
    return x.quantize(D("0.001"), rounding=ROUND_DOWN).quantize(PENNY, rounding=ROUND_HALF_DOWN)


def calc_ni(freq, cat, pay):
    t = ni_thresholds(freq)
    b1 = max(D(0), min(pay, t["UEL"]) - t["PT"])
    b2 = max(D(0), pay - t["UEL"])
    # Each band rounded on its own, as HMRC's 2025-26 NIC test data requires (category B at 1,934.05 a fortnight).
    ee = round_ni(b1 * NI_EE_MAIN[cat]) + round_ni(b2 * NI_EE_UPPER[cat])
    st_name = NI_ER_THRESHOLD[cat]
    er_base = max(D(0), pay - t[st_name])
    er = round_ni(trunc4(er_base * (D(0) if cat == "X" else NI_ER_RATE)))
    return ee, er, t, st_name


def sl_threshold(annual, freq):
    return (annual / D(SL_DIVISOR[freq])).quantize(PENNY, rounding=ROUND_DOWN)


def calc_sl(freq, gross, plans, notes):
    ug = [p for p in plans if p != "POSTGRADUATE"]
    sl = D(0)
    if ug:
        chosen = min(ug, key=lambda p: sl_threshold(SL_PLANS[p][0], freq))
        thr = sl_threshold(SL_PLANS[chosen][0], freq)
        rate = SL_PLANS[chosen][1]
        if gross > thr:
            sl = floor_pound((gross - thr) * rate)
        notes.append("SL %s thr %s -> %s" % (chosen.replace("_", " "), fmt(thr), fmt(sl)))
    pg = D(0)
    if "POSTGRADUATE" in plans:
        thr = sl_threshold(PGL[0], freq)
        if gross > thr:
            pg = floor_pound((gross - thr) * PGL[1])
        notes.append("PGL thr %s -> %s" % (fmt(thr), fmt(pg)))
    return sl, pg


def calculate(req):
    freq, period = req["frequency"], req["period"]
    if freq not in MAX_PERIOD or not (1 <= period <= MAX_PERIOD[freq]):
        raise ValueError("bad frequency/period")
    gross = req["grossPay"]
    pensionable = req.get("pensionableGross") if req.get("pensionableGross") is not None else gross
    rate = req.get("pensionEmployeeRate") or D(0)
    pension = (pensionable * rate).quantize(PENNY, rounding=ROUND_HALF_UP)
    taxable = gross - pension
    req.setdefault("taxablePayToDate", D(0))
    req.setdefault("taxPaidToDate", D(0))
    req["taxablePayToDate"] = req["taxablePayToDate"] or D(0)
    req["taxPaidToDate"] = req["taxPaidToDate"] or D(0)
    tax_notes, other_notes = [], []
    if pension:
        other_notes.insert(0, "pension %s x %s%% = %s" % (fmt(pensionable), fmt(rate * 100), fmt(pension)))
    tax = calc_tax(req, taxable, tax_notes)
    ee, er, t, st_name = calc_ni(freq, req["niCategory"], gross)
    other_notes.append("NI ee %s er %s (%s %s)" % (fmt(ee), fmt(er), st_name, fmt(t[st_name])))
    plans = req.get("studentLoanPlans") or []
    sl, pg = calc_sl(freq, gross, plans, other_notes)
    net = gross - pension - tax - ee - sl - pg
    return {
        "taxablePay": taxable, "tax": tax, "employeeNi": ee, "employerNi": er, "studentLoan": sl,
        "postgraduateLoan": pg, "pensionEmployee": pension, "netPay": net,
        "taxablePayToDateAfter": req["taxablePayToDate"] + taxable,
        "taxPaidToDateAfter": req["taxPaidToDate"] + tax,
        "notes": tax_notes + ["tax %s" % fmt(tax)] + other_notes,
    }


def prior(freq, code, gross, periods, rate=None):
    """Run periods 1..periods with the same pay to get consistent to-date figures."""
    tp, paid = D(0), D(0)
    for p in range(1, periods + 1):
        r = calculate({"frequency": freq, "period": p, "taxCode": code, "niCategory": "A", "grossPay": D(gross),
                       "pensionEmployeeRate": D(rate) if rate else None, "taxablePayToDate": tp,
                       "taxPaidToDate": paid})
        tp, paid = r["taxablePayToDateAfter"], r["taxPaidToDateAfter"]
    return tp, paid


# ---------------------------------------------------------------- cases
CASES = []


def case(label, freq, period, code, cat, gross, pensionable=None, rate=None, tptd=None, paid=None, plans=None,
         prior_pay=None):
    """prior_pay: derive taxablePayToDate/taxPaidToDate from earlier periods at that pay (same code)."""
    if prior_pay is not None:
        tptd, paid = prior(freq, code, prior_pay, period - 1)
        label += " (to date from %d periods at %s)" % (period - 1, prior_pay)
    CASES.append(dict(label=label, frequency=freq, period=period, taxCode=code, niCategory=cat,
                      grossPay=D(gross), pensionableGross=D(pensionable) if pensionable is not None else None,
                      pensionEmployeeRate=D(rate) if rate is not None else None,
                      taxablePayToDate=D(tptd) if tptd is not None else None,
                      taxPaidToDate=D(paid) if paid is not None else None,
                      studentLoanPlans=plans or []))


def build_cases():
    M, W, F, FW = "MONTHLY", "WEEKLY", "FORTNIGHTLY", "FOUR_WEEKLY"
    # --- tax code forms rUK, monthly
    case("1257L M1 month 1 emergency basis", M, 1, "1257L M1", "A", "2500.00")
    case("1257L cumulative month 6 steady pay", M, 6, "1257L", "A", "3000.00", prior_pay="3000.00")
    case("1257L cumulative month 12 steady pay", M, 12, "1257L", "A", "2000.00", prior_pay="2000.00")
    case("1383M marriage allowance recipient M suffix", M, 1, "1383M", "A", "2200.00")
    case("1131N marriage allowance transferor N suffix", M, 3, "1131N", "A", "2200.00", prior_pay="2200.00")
    case("1100T T suffix cumulative", M, 2, "1100T", "A", "1800.00", prior_pay="1800.00")
    case("0T cumulative month 3 no free pay", M, 3, "0T", "A", "1500.00", prior_pay="1500.00")
    case("1257L X non-cumulative marker X", M, 7, "1257L X", "A", "2500.00", tptd="9000.00", paid="1200.00")
    case("1257L W1/M1 written with slash", M, 2, "1257L W1/M1", "A", "3100.00", tptd="3100.00", paid="410.20")
    case("M1 never refunds: low pay after high tax paid", M, 5, "1257L M1", "A", "900.00", tptd="20000.00",
         paid="3000.00")
    # higher / additional
    case("higher rate earner cumulative month 4", M, 4, "1257L", "A", "6000.00", prior_pay="6000.00")
    case("additional rate earner month 1 via 0T M1", M, 1, "0T M1", "A", "15000.00")
    case("additional rate cumulative month 9", M, 9, "1257L", "A", "12500.00", prior_pay="12500.00")
    # refunds
    case("cumulative refund month 6 low pay after high pay", M, 6, "1257L", "A", "500.00", prior_pay="4000.00")
    case("cumulative refund with P45 style to-date figures", M, 8, "1257L", "A", "0.00", tptd="16000.00",
         paid="2500.00")
    # K codes
    case("K475 cumulative month 1", M, 1, "K475", "A", "3000.00")
    case("K5000 month 1 hits 50% regulatory limit", M, 1, "K5000", "A", "1000.00")
    case("K1000 month 2 catch-up after month 1 was capped at 200 is capped again", M, 2, "K1000", "A",
         "400.00", prior_pay="400.00")
    case("K475 W1 weekly K code non-cumulative", W, 10, "K475 W1", "A", "200.00", tptd="2000.00",
         paid="300.00")
    case("K1500 weekly cumulative regulatory limit", W, 3, "K1500", "A", "150.00", prior_pay="150.00")
    # BR / D / NT
    case("BR month 1", M, 1, "BR", "A", "1234.56")
    case("BR cumulative month 4 with to-date", M, 4, "BR", "A", "800.99", tptd="2400.50", paid="480.00")
    case("BR W1 weekly non-cumulative", W, 20, "BR W1", "A", "321.99", tptd="5000.00", paid="1000.00")
    case("D0 higher rate 40% cumulative and NI cat H above UEL", M, 2, "D0", "H", "5000.00", tptd="5000.00", paid="2000.00")
    case("D1 additional rate 45% month 1 and NI cat V above UEL", M, 1, "D1", "V", "5000.00")
    case("NT no tax", M, 3, "NT", "A", "5000.00", tptd="10000.00")
    case("NT week 53 weekly", W, 53, "NT", "A", "700.00", tptd="36400.00")
    case("NT from month 10 after 2000 paid refunds it all as in HMRC 2025-26 data", M, 10, "NT", "A", "3000.00", tptd="27000.00", paid="2000.00")
    # Scotland
    case("S1257L Scottish starter/basic/intermediate month 1", M, 1, "S1257L", "A", "2500.00")
    case("S1257L Scottish higher rate month 1", M, 1, "S1257L", "A", "5000.00")
    case("S1257L Scottish advanced rate month 1 and NI cat B above UEL", M, 1, "S1257L", "B", "9000.00")
    case("S1257L Scottish top rate month 1 and NI cat I above UEL", M, 1, "S1257L", "I", "15000.00")
    case("S1257L Scottish cumulative month 9", M, 9, "S1257L", "A", "3500.00", prior_pay="3500.00")
    case("S1257L X Scottish non-cumulative weekly", W, 14, "S1257L X", "A", "800.00", tptd="9000.00",
         paid="1500.00")
    case("SBR Scottish BR 20%", M, 1, "SBR", "A", "1000.00")
    case("SD0 Scottish 21%", M, 1, "SD0", "F", "2000.00")
    case("SD1 Scottish 42%", M, 2, "SD1", "A", "2000.00", tptd="2000.00", paid="840.00")
    case("SD2 Scottish 45%", M, 1, "SD2", "A", "3000.00")
    case("SD3 Scottish 48% M1", M, 1, "SD3 M1", "A", "3000.00")
    case("SK500 Scottish K code", M, 1, "SK500", "A", "2500.00")
    # Wales
    case("C1257L Welsh cumulative higher rate month 5", M, 5, "C1257L", "A", "5500.00", prior_pay="5500.00")
    case("CBR Welsh BR", W, 1, "CBR", "A", "400.00")
    case("CD1 Welsh 45%", M, 1, "CD1", "A", "2000.00")
    case("C0T M1 Welsh", M, 1, "C0T M1", "A", "2000.00")
    case("band test uses Tn: Tn 3142 = v1 3142 stays in basic band although c1 is 3141.6666", M, 1, "1257L",
         "A", "4190.76")
    # --- frequencies
    case("weekly 1257L week 1 free pay 241.92", W, 1, "1257L", "A", "600.00")
    case("weekly 1257L week 30 cumulative", W, 30, "1257L", "A", "600.00", prior_pay="600.00")
    case("weekly week 53 cumulative code taxed as W1", W, 53, "1257L", "A", "600.00", prior_pay="600.00")
    case("weekly week 53 cumulative code no tax: free pay to week 52 covers the year", W, 53, "1257L", "A", "300.00",
         prior_pay="200.00")
    case("fortnightly week 54 cumulative code no tax: free pay to week 52 covers the year", F, 27, "1257L", "A",
         "400.00", prior_pay="400.00")
    case("NI category X no liability either side", M, 1, "1257L", "X", "5000.00")
    case("weekly week 53 high pay taxed non-cumulatively", W, 53, "1257L", "A", "2000.00",
         tptd="31200.00", paid="3718.40")
    case("fortnightly 1257L period 1 (2 weeks)", F, 1, "1257L", "A", "1500.00")
    case("fortnightly period 13 (26 weeks) cumulative", F, 13, "1257L", "A", "1500.00", prior_pay="1500.00")
    case("fortnightly period 27 week 54 taxed as week 2", F, 27, "1257L", "A", "1500.00", prior_pay="1500.00")
    case("four-weekly 1257L period 1 (4 weeks)", FW, 1, "1257L", "A", "3000.00")
    case("four-weekly period 7 (28 weeks) cumulative", FW, 7, "1257L", "A", "3000.00", prior_pay="3000.00")
    case("four-weekly period 14 week 56 taxed as week 4", FW, 14, "1257L", "A", "3000.00",
         prior_pay="3000.00")
    case("fortnightly Scottish W1 non-cumulative 2 weeks", F, 5, "S1257L W1", "A", "2500.00",
         tptd="10000.00", paid="1200.00")
    case("weekly higher rate week 1 via 0T", W, 1, "0T", "A", "3000.00")
    case("weekly refund week 20 low pay", W, 20, "1257L", "A", "100.00", prior_pay="900.00")
    # --- NI thresholds monthly (tax code 1257L cumulative month 1)
    for label, freq, thresholds in (
            ("monthly", M, (("LEL", "542", "A"), ("PT", "1048", "A"), ("ST", "417", "A"),
                            ("UEL and UST", "4189", "M"), ("FUST", "2083", "F"))),
            ("weekly", W, (("LEL", "125", "A"), ("PT", "242", "A"), ("ST", "96", "A"),
                           ("UEL and UST", "967", "M"), ("FUST", "481", "F")))):
        for name, base, cat in thresholds:
            for delta, what in (("-0.01", "one penny below"), ("0", "exactly at"), ("0.01", "one penny above")):
                gross = D(base) + D(delta)
                extra = " (LEL alters no amount: employer NI is due above ST even below LEL)" if name == "LEL" else ""
                case("NI %s %s %s cat %s%s" % (label, what, name, cat, extra), freq, 1, "1257L", cat, m(gross))
    case("NI monthly first employee penny PT + 0.07: 8% x 0.07 = 0.0056", M, 1, "1257L", "A", "1048.07")
    case("NI monthly PT + 0.06: 8% x 0.06 = 0.0048 rounds to 0", M, 1, "1257L", "A", "1048.06")
    case("NI monthly first employer penny ST + 0.04: 15% x 0.04 = 0.006", M, 1, "1257L", "A", "417.04")
    case("NI monthly cat A UEL + 0.25: 2% above UEL gives 0.005 which rounds down", M, 1, "1257L", "A", "4189.25")
    # NI rounding edges
    case("NI employer 15% x 0.10 = 0.015 rounds down", M, 1, "1257L", "A", "417.10")
    case("NI cat B 1.85% x 10.00 = 0.185 rounds down", M, 1, "1257L", "B", "1058.00")
    case("NI cat J 2% x 0.25 = 0.005 rounds down", W, 1, "1257L", "J", "242.25")
    case("NI cat B 1.85% x 5.14 = 0.095090 truncated 0.0950 rounds down", W, 1, "1257L", "B", "247.14")
    # --- NI categories above UEL (monthly 5000 unless stated)
    # (B I H V above UEL are covered by the S1257L 9000 / S1257L 15000 / D0 / D1 rows)
    for cat, code in (("A", "1257L"), ("C", "1257L"), ("F", "1257L"), ("J", "1257L"), ("M", "1257L"),
                      ("S", "1257L")):
        case("NI cat %s above UEL monthly" % cat, M, 1, code, cat, "5000.00")
    case("NI cat L above UEL fortnightly (annual / 26 thresholds rounded up)", F, 1, "1257L", "L", "2500.00")
    case("NI cat Z above UEL four-weekly (4x weekly thresholds)", FW, 1, "1257L", "Z", "4500.00")
    case("NI cat N weekly above UEL", W, 1, "1257L", "N", "1200.00")
    # --- student loans monthly: at / penny above / pound above / first whole pound
    for plan, thr in (("PLAN_1", "2172.08"), ("PLAN_2", "2372.50"), ("PLAN_4", "2728.75"),
                      ("POSTGRADUATE", "1750.00")):
        for delta, what in (("0", "exactly at"), ("0.01", "one penny above")) + (
                (("1.00", "one pound above"),) if plan == "PLAN_1" else ()):
            case("SL %s %s monthly threshold" % (plan, what), M, 1, "1257L", "A", m(D(thr) + D(delta)),
                 plans=[plan])
    case("SL PLAN_1 first whole pound at 11.12 above (9% x 11.12 = 1.0008)", M, 1, "1257L", "A", "2183.20",
         plans=["PLAN_1"])
    case("SL PLAN_4 weekly threshold 629.71 penny above", W, 1, "1257L", "A", "629.72", plans=["PLAN_4"])
    case("SL POSTGRADUATE fortnightly 21000/26 = 807.69", F, 1, "1257L", "A", "1000.00",
         plans=["POSTGRADUATE"])
    case("SL PLAN_4 four-weekly 32745/13 = 2518.84", FW, 1, "1257L", "A", "3000.00", plans=["PLAN_4"])
    case("SL POSTGRADUATE fortnightly 824.35: threshold 807.69 gives 0.9996 -> 0 (2x weekly 807.68 would give 1)",
         F, 1, "1257L", "A", "824.35", plans=["POSTGRADUATE"])
    case("GOV.UK example Plan 1 2750 less 2172 = 578 x 9% = 52.02 so 52", M, 1, "1257L", "A", "2750.00",
         plans=["PLAN_1"])
    case("GOV.UK example Plan 4 3000 less 2728 = 272 x 9% = 24.48 so 24", M, 1, "1257L", "A", "3000.00",
         plans=["PLAN_4"])
    case("GOV.UK masters loan example 2500 monthly 750 over x 6% = 45", M, 1, "1257L", "A", "2500.00",
         plans=["POSTGRADUATE"])
    case("SLC PGL weekly example 600 less 404 = 196 x 6% = 11", W, 1, "1257L", "A", "600.00",
         plans=["POSTGRADUATE"])
    case("two undergraduate plans PLAN_1 and PLAN_2 uses lowest threshold", M, 1, "1257L", "A", "2500.00",
         plans=["PLAN_2", "PLAN_1"])
    case("two undergraduate plans PLAN_2 and PLAN_4 uses Plan 2", M, 1, "1257L", "A", "3500.00",
         plans=["PLAN_4", "PLAN_2"])
    case("plan plus postgraduate both deducted", M, 1, "1257L", "A", "3000.00",
         plans=["PLAN_2", "POSTGRADUATE"])
    # --- pensions (net pay arrangement)
    case("pension 5.45% net pay reduces taxable pay not NI", M, 1, "1257L", "A", "3000.00", rate="0.0545")
    case("pension 7.35% on pensionable part", M, 1, "1257L", "A", "3000.00", pensionable="2345.67",
         rate="0.0735")
    case("pension 5.45% half-up 2010 x 5.45% = 109.545 -> 109.55", M, 1, "1257L", "A", "2010.00", rate="0.0545")
    case("pension 7.35% half-up 2030 x 7.35% = 149.205 -> 149.21 weekly", W, 1, "1257L", "A", "2030.00",
         rate="0.0735")
    case("pension 7.35% K code regulatory limit on taxable pay", M, 1, "K3000", "A", "800.00", rate="0.0735")
    case("everything: Scottish higher rate pension PLAN_1 and PGL", M, 4, "S1257L", "A", "4800.00",
         rate="0.0545", tptd="13500.00", paid="2400.00", plans=["PLAN_1", "POSTGRADUATE"])


def main():
    build_cases()
    rows = []
    for c in CASES:
        req = {k: v for k, v in c.items() if k != "label"}
        res = calculate(dict(req))
        desc = c["label"] + "; " + "; ".join(res["notes"])
        desc = desc.replace(",", " ")
        rows.append([
            "2025-26", c["frequency"], str(c["period"]), c["taxCode"], c["niCategory"], m(c["grossPay"]),
            m(c["pensionableGross"]) if c["pensionableGross"] is not None else "",
            str(c["pensionEmployeeRate"]) if c["pensionEmployeeRate"] is not None else "",
            m(c["taxablePayToDate"]) if c["taxablePayToDate"] is not None else "",
            m(c["taxPaidToDate"]) if c["taxPaidToDate"] is not None else "",
            ";".join(c["studentLoanPlans"]),
            m(res["taxablePay"]), m(res["tax"]), m(res["employeeNi"]), m(res["employerNi"]),
            m(res["studentLoan"]), m(res["postgraduateLoan"]), m(res["pensionEmployee"]), m(res["netPay"]),
            m(res["taxablePayToDateAfter"]), m(res["taxPaidToDateAfter"]), desc,
        ])
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(HEADER)
        w.writerows(rows)
    print("wrote %d cases to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()
