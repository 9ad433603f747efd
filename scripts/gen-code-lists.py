# Generates Sources/Hearth/CodeLists.swift from the tables in ../shared/spec/returns.md.
# Each entry: code, description, first collection year valid (start year) or None, last or None.
L = {}
L['Sex'] = ("Sex as recorded. 1/2 to 2023/24, M/F/U from 2024/25 (903 and CIN census).", "sex", [
 ("1","Male",None,2023),("2","Female",None,2023),("M","Male",2024,None),("F","Female",2024,None),("U","Unknown",2024,None)])
L['Ethnicity'] = ("DfE ethnicity codes (903 rule 103; CIN census).", "ethnicity", [
 ("WBRI","White British"),("WIRI","White Irish"),("WOTH","Any other White background"),("WIRT","Traveller of Irish Heritage"),("WROM","Gypsy/Roma"),
 ("MWBC","White and Black Caribbean"),("MWBA","White and Black African"),("MWAS","White and Asian"),("MOTH","Any other Mixed background"),
 ("AIND","Indian"),("APKN","Pakistani"),("ABAN","Bangladeshi"),("AOTH","Any other Asian background"),("BCRB","Caribbean"),("BAFR","African"),
 ("BOTH","Any other Black background"),("CHNE","Chinese"),("OOTH","Any other ethnic group"),("REFU","Refused"),("NOBT","Information not yet obtained")])
L['UPNUnknownReason'] = ("Codes recorded instead of a UPN.", "upnUnknown", [
 ("UN1","Not of school age / no UPN yet"),("UN2","Never attended a maintained school in England"),("UN3","Educated outside England"),
 ("UN4","Newly looked after, UPN not yet known"),("UN5","Sources reflect discrepancies"),("UN6","UN6 (description unconfirmed)"),("UN7","UN7 (description unconfirmed)")])
L['ReasonForNewEpisode'] = ("903 RNE: why an episode began (rule 143).", "reasonForNewEpisode", [
 ("S","Started to be looked after"),("L","Change of legal status only"),("P","Change of placement and carer(s) only"),
 ("T","Change of placement (but same carer(s)) only"),("B","Change of legal status and placement and carer(s) at the same time"),
 ("U","Change of legal status and change of placement (but same carer(s)) at the same time")])
L['LegalStatus'] = ("903 LS: legal status while looked after (rule 144).", "legalStatus", [
 ("C1","Interim care order"),("C2","Full care order"),("D1","Freeing order granted"),("E1","Placement order granted"),
 ("V2","Single period of accommodation under section 20"),("V3","Agreed series of short-term breaks, individual episodes recorded"),
 ("V4","Agreed series of short-term breaks, agreements recorded"),("L1","Under police protection and in local authority accommodation"),
 ("L2","Emergency protection order"),("L3","Under child assessment order and in local authority accommodation"),
 ("J1","Remanded to local authority or youth detention accommodation"),("J2","Placed in local authority accommodation under PACE 1984"),
 ("J3","Youth Rehabilitation Order with residence or intensive fostering requirement")])
L['NeedCode'] = ("Category of need (903 CIN, N1–N8) and CIN census primary need (N0–N9).", "need", [
 ("N0","Not stated"),("N1","Abuse or neglect"),("N2","Child's disability"),("N3","Parental illness or disability"),("N4","Family in acute stress"),
 ("N5","Family dysfunction"),("N6","Socially unacceptable behaviour"),("N7","Low income"),("N8","Absent parenting"),("N9","Cases other than children in need")])
L['PlacementType'] = ("903 PLACE (XML `PL`): placement type, versioned by collection year (rule 146).", "placementType", [
 ("A3","Placed for adoption with consent with current foster carer(s)"),("A4","Placed for adoption with consent, not with current foster carer(s)"),
 ("A5","Placed for adoption with placement order with current foster carer(s)"),("A6","Placed for adoption with placement order, not with current foster carer(s)"),
 ("H5","Semi-independent living accommodation not subject to children's homes regulations",None,2024),("K1","Secure children's home"),
 ("K2","Children's home subject to Children's Homes Regulations"),("K3","Registered supported accommodation",2024,None),
 ("P1","Placed with own parent(s) or other person(s) with parental responsibility"),("P2","Independent living",None,2024),("P3","Residential employment"),
 ("R1","Residential care home"),("R2","NHS/health trust or other establishment providing medical or nursing care"),("R3","Family centre or mother and baby unit"),
 ("R5","Young offender institution"),("S1","Residential school"),("T0","All types of temporary move"),("T1","Temporary period in hospital"),
 ("T2","Temporary absence on holiday"),("T3","Temporary accommodation while normal foster carer(s) on holiday"),("T4","Temporary accommodation of seven days or less"),
 ("U1","Foster placement with relative(s) or friend(s): long-term fostering"),("U2","Foster placement with relative(s) or friend(s) who are approved adopters: FFA/concurrent planning"),
 ("U3","Foster placement with relative(s) or friend(s): not long-term or FFA"),("U4","Foster placement with other foster carer(s): long-term fostering"),
 ("U5","Foster placement with other foster carer(s) who are approved adopters: FFA/concurrent planning"),("U6","Foster placement with other foster carer(s): not long-term or FFA"),
 ("Z1","Other placements",None,2024),("Z11","Other placement Z11 (description unconfirmed)",2025,None),("Z12","Other placement Z12 (description unconfirmed)",2025,None),
 ("Z13","Other placement Z13 (description unconfirmed)",2025,None),("Z14","Other placement Z14 (description unconfirmed)",2025,None)])
L['PlacementProvider'] = ("903 PLACE_PROVIDER (rule 178).", "placementProvider", [
 ("PR0","Parent(s) or other person(s) with parental responsibility"),("PR1","Own provision (by the LA)"),("PR2","Other LA provision"),
 ("PR3","Other public provision"),("PR4","Private provision"),("PR5","Voluntary/third sector provision")])
L['ReasonEpisodeCeased'] = ("903 REC: why an episode ended (rule 149).", "reasonEpisodeCeased", [
 ("X1","Episode ceases and a new episode begins on the same day"),("E11","Adopted: application unopposed"),("E12","Adopted: consent dispensed with"),
 ("E2","Died"),("E3","Care taken over by another local authority"),("E4A","Returned home as part of care planning"),("E4B","Returned home not as part of care planning"),
 ("E13","Left care to live with parent(s), relative(s) or other person(s) with no parental responsibility"),("E41","Residence order or child arrangements order granted"),
 ("E45","SGO to former foster carer(s) who are relative(s) or friend(s)"),("E46","SGO to former foster carer(s) other than relatives or friends"),
 ("E47","SGO to carer(s), not former foster carers, who are relative(s) or friend(s)"),("E48","SGO to carer(s), not former foster carers, not relatives or friends"),
 ("E5","Moved into independent living with formalised advice or support"),("E6","Moved into independent living without formalised advice or support"),
 ("E7","Transferred to residential care funded by adult social care"),("E8","Ceased for any other reason"),("E9","Sentenced to custody"),
 ("E14","Accommodation on remand ended"),("E15","Age assessment determined the child is 18 or over"),("E16","Child moved abroad"),
 ("E17","Aged 18 or over and remained with current carers (Staying Put)")])
L['ReasonForPlacementChange'] = ("903 REASON_PLACE_CHANGE (rule 1009).", "reasonForPlacementChange", [
 ("CARPL","Change to/implementation of care plan"),("CLOSE","Resignation/closure of provision"),("ALLEG","Allegation (s47)"),("STAND","Standards of care concern"),
 ("APPRR","Approval removed"),("CREQB","Carer(s) request placement end due to child's behaviour"),("CREQO","Carer(s) request placement end other than behaviour"),
 ("CHILD","Child requests placement end"),("LAREQ","Responsible/area authority requests placement end"),("PLACE","Change in the status of placement only"),
 ("CUSTOD","Custody arrangement"),("OTHER","Other")])
L['ReviewParticipation'] = ("903 REVIEW_CODE: the child's participation in a review (rule 167).", "reviewParticipation", [
 ("PN0","Child aged under 4 at the time of the review"),("PN1","Attends and speaks for him or herself"),("PN2","Attends, advocate speaks on their behalf"),
 ("PN3","Attends and conveys views symbolically"),("PN4","Attends but does not speak or convey a view"),("PN5","Does not attend, briefs an advocate"),
 ("PN6","Does not attend, conveys feelings through a facilitative medium"),("PN7","Does not attend, views not conveyed")])
L['MissingKind'] = ("903 MISSING (rule 1006).", "missingKind", [("M","Missing from care"),("A","Away from placement without authorisation")])
L['SDQReason'] = ("903 OC2 SDQ_REASON.", "sdqReason", [("SDQ1","Under 4 or over 16"),("SDQ2","Carer(s) refused"),("SDQ3","Not possible due to severity of disability"),("SDQ4","Other"),("SDQ5","Child or young person refuses")])
L['InTouch'] = ("903 OC3 IN_TOUCH (rule 131).", "inTouch", [("YES","In touch"),("NO","Not in touch"),("DIED","Died after leaving care"),("REFU","Refuses contact"),("NREQ","No longer requires services"),("RHOM","Returned home for 6 months or more")])
L['CareLeaverActivity'] = ("903 OC3 ACTIV (rule 132). F/P = in education, employment or training; G = NEET.", "careLeaverActivity", [
 ("F1","Full-time higher education"),("P1","Part-time higher education"),("F2","Full-time education other than higher"),("P2","Part-time education other than higher"),
 ("F4","Full-time apprenticeship"),("P4","Part-time apprenticeship"),("F5","Full-time training or employment"),("P5","Part-time training or employment"),
 ("G4","NEET: illness or disability"),("G5","NEET: other"),("G6","NEET: pregnancy or parenting"),("0","Not in touch, died or returned home")])
acc = [("B","With parent(s) or relative(s)"),("C","Community home or other residential care"),("D","Semi-independent transitional accommodation"),("E","Supported lodgings"),
 ("G","Gone abroad"),("H","Deported"),("K","Ordinary lodgings without formal support"),("R","Residence not known"),("S","No fixed abode/homeless"),("T","Foyer"),
 ("U","Independent living"),("V","Emergency accommodation"),("W","Bed and breakfast"),("X","In custody"),("Y","Other accommodation"),("Z","With former foster carer(s)")]
accl=[]
for c,d in acc:
    for s,sd in (("1","suitable"),("2","unsuitable")):
        if s=="1" and c in "SX": continue
        accl.append((c+s, f"{d}, {sd}"))
accl.append(("0","Not in touch, died or returned home"))
L['CareLeaverAccommodation'] = ("903 OC3 ACCOM (rule 133): type letter, then 1 suitable / 2 unsuitable.", "careLeaverAccommodation", accl)
L['AdopterSex'] = ("903 AD1 SEX_ADOPTR (rule 176).", "adopterSex", [("M1","Single male"),("F1","Single female"),("MM","Male couple"),("FF","Female couple"),("MF","Male/female couple")])
L['AdopterLegalStatus'] = ("903 AD1 LS_ADOPTR (rule 177).", "adopterLegalStatus", [("L0","Single adopter"),("L11","Different-gender married couple"),("L12","Same-gender married couple"),("L2","Civil partnership couple"),("L3","Different-gender unmarried couple"),("L4","Same-gender couple, not married or civil partners")])
L['ReasonPlacedCeased'] = ("903 REASON_PLACED_CEASED: why a should-be-placed-for-adoption decision was reversed (rule 120).", "reasonPlacedCeased", [("RD1","Child's needs changed"),("RD2","Court did not make a placement order"),("RD3","Prospective adopters could not be found"),("RD4","Any other reason")])
L['PreviousPermanenceKind'] = ("903 PREV_PERM (rule 631).", "previousPermanence", [("P1","Adoption"),("P2","Special guardianship order"),("P3","Residence order / child arrangements order"),("P4","Unknown"),("Z1","No previous permanence option")])
L['SocialWorkerChangeReason'] = ("903 SW_REASON (SWEpisodes).", "socialWorkerChangeReason", [("MANAGE","Managing caseloads"),("FCONTA","First contact or re-referral"),("LEFTRL","Previous social worker left role"),("ORGRST","Organisational restructure"),("TSPROC","Child transfer by standard process"),("ABSENC","Absence cover or return from absence"),("CHCHAN","Child requested change"),("PCCHAN","Parent/carer requested change"),("SWDIED","Previous social worker died"),("OTHERS","Other reason")])
L['Disability'] = ("CIN census disability codes.", "disability", [("NONE","No disability"),("MOB","Mobility"),("HAND","Hand function"),("PC","Personal care"),("INC","Incontinence"),("COMM","Communication"),("LD","Learning"),("HEAR","Hearing"),("VIS","Vision"),("BEH","Behaviour"),("CON","Consciousness"),("AUT","Autism"),("DDA","Other")])
L['ReferralSource'] = ("CIN census referral source.", "referralSource", [("1A","Individual: family member, relative or carer"),("1B","Individual: acquaintance"),("1C","Individual: self"),("1D","Individual: other"),("2A","Schools"),("2B","Education services"),("3A","Health services: GP"),("3B","Health services: health visitor"),("3C","Health services: school nurse"),("3D","Health services: other primary health services"),("3E","Health services: A&E"),("3F","Health services: other"),("4","Housing"),("5A","LA services: social care"),("5B","LA services: other internal"),("5C","LA services: external"),("5D","LA services: early help"),("6","Police"),("7","Other legal agency"),("8","Other"),("9","Anonymous"),("10","Unknown")])
L['ReasonForClosure'] = ("CIN census reason for closure.", "reasonForClosure", [("RC1","Adopted"),("RC2","Died"),("RC3","Child arrangements order"),("RC4","Special guardianship order"),("RC5","Transferred to another local authority"),("RC6","Transferred to adult social care"),("RC7","Services ceased for any other reason"),("RC8","Case closed after assessment, no further action"),("RC9","Case closed after assessment, referred to early help")])
L['CategoryOfAbuse'] = ("CIN census category of abuse for a child protection plan.", "categoryOfAbuse", [("NEG","Neglect"),("PHY","Physical abuse"),("SAB","Sexual abuse"),("EMO","Emotional abuse"),("MUL","Multiple/not recommended")])
L['AssessmentFactor'] = ("CIN census assessment factors.", "assessmentFactor", [(c,d) for c,d in [
 ("1A","Alcohol misuse: child"),("1B","Alcohol misuse: parent or carer"),("1C","Alcohol misuse: other person"),("2A","Drug misuse: child"),("2B","Drug misuse: parent or carer"),("2C","Drug misuse: other person"),
 ("3A","Domestic violence: child subject"),("3B","Domestic violence: parent or carer subject"),("3C","Domestic violence: other person subject"),("4A","Mental health: child"),("4B","Mental health: parent or carer"),("4C","Mental health: other person"),
 ("5A","Learning disability: child"),("5B","Learning disability: parent or carer"),("5C","Learning disability: other person"),("6A","Physical disability or illness: child"),("6B","Physical disability or illness: parent or carer"),("6C","Physical disability or illness: other person"),
 ("7A","Young carer"),("8B","Privately fostered: overseas, intend to return"),("8C","Privately fostered: overseas, intend to stay"),("8D","Privately fostered: UK, educational placement"),("8E","Privately fostered: UK, alternative family arrangement"),("8F","Privately fostered: other"),
 ("9A","UASC"),("10A","Missing"),("11A","Child sexual exploitation"),("12A","Trafficking"),("13A","Gangs"),("14A","Socially unacceptable behaviour"),("15A","Self-harm"),("16A","Neglect"),("17A","Emotional abuse"),
 ("18B","Physical abuse: child on child"),("18C","Physical abuse: adult on child"),("19B","Sexual abuse: child on child"),("19C","Sexual abuse: adult on child"),("20","Other"),("21","No factors identified"),("22A","Female genital mutilation"),("23A","Abuse linked to faith or belief"),("24A","Child criminal exploitation")]])

def ident(c):
    s=c.lower()
    if s[0].isdigit(): s="code"+c
    if s in ("in","is","as","do","if","for","return","default","case","self","class","struct"): s="`"+s+"`"
    return s

out=["// Generated by scripts/gen-code-lists.py from ../shared/spec/returns.md. Edit the script, not this file.",""]
out.append("extension CodeLists {")
out.append("    static let generated: [String: CodeList] = [")
for name,(doc,key,entries) in L.items():
    out.append(f'        "{key}": CodeList(name: "{key}", entries: [')
    for e in entries:
        c,d=e[0],e[1]; f=e[2] if len(e)>2 else None; t=e[3] if len(e)>3 else None
        fs="nil" if f is None else f"CollectionYear({f})"; ts="nil" if t is None else f"CollectionYear({t})"
        d=d.replace('"','\\"')
        out.append(f'            .init(code: "{c}", description: "{d}", from: {fs}, to: {ts}),')
    out.append("        ]),")
out.append("    ]")
out.append("}")
out.append("")
for name,(doc,key,entries) in L.items():
    out.append(f"/// {doc}")
    out.append(f"public struct {name}: Code {{")
    out.append(f"    public static let listName = \"{key}\"")
    out.append("    public let rawValue: String")
    out.append("    public init(rawValue: String) { self.rawValue = rawValue }")
    for e in entries:
        out.append(f"    /// {e[1]}")
        out.append(f"    public static let {ident(e[0])} = {name}(rawValue: \"{e[0]}\")")
    out.append("}")
    out.append("")
open("Sources/Hearth/CodeLists+Generated.swift","w").write("\n".join(out))
