"""Plain-text pages of publishers writing in other languages: their thread headings, empty-thread notes, lists of
other stories, action rows, reply notes and dates (moderator/segment/furniture_words.py). Each of these read wrongly
before: a German thread's "Antworten" and "Melden" lines were comments, a Dutch page that says "0 reacties" grew
comments from its "Lees ook" list, a Czech thread's dates and "Reakce na" lines were read as words."""

from moderator.segment import segment

GERMAN_STORY = ("Der Stadtrat hat am Dienstagabend mit knapper Mehrheit beschlossen, die Parkgebühren in der Innenstadt "
                "ab März zu verdoppeln. Die Einnahmen sollen nach Angaben der Verwaltung in den Ausbau der Radwege fließen.")
DUTCH_STORY = ("De dierentuin in Antwerpen heeft dinsdag twee jonge rode panda's voorgesteld aan het publiek. De dieren "
               "komen uit een fokprogramma in Duitsland en wennen de komende weken aan hun nieuwe verblijf.")
CZECH_STORY = ("Cena másla v obchodech za poslední měsíc klesla o čtvrtinu. Podle obchodníků za to může pokles cen na "
               "evropských burzách, který se do regálů promítá se zpožděním několika týdnů, uvedl mluvčí svazu.")


def _page(lines: list[str]):
    return segment("\n".join(lines).encode("utf-8"), format="text")


def test_a_german_thread_under_its_heading_has_its_names_times_and_no_action_rows():
    page = _page([
        "Parkgebühren in der Innenstadt werden verdoppelt",
        GERMAN_STORY,
        "Die Opposition kündigte an, gegen den Beschluss zu klagen.",
        "Teilen",
        "Lesen Sie auch",
        "Neue Buslinie zum Klinikum startet im Januar",
        "Weihnachtsmarkt öffnet am Donnerstag",
        "Anzeige",
        "Kommentare (2)",
        "Kommentar schreiben",
        "Neueste",
        "Klaus Berger",
        "vor 2 Stunden",
        "Dann fahre ich eben zum Einkaufszentrum am Stadtrand. Da ist das Parken umsonst.",
        "Antworten",
        "Melden",
        "Sabine M.",
        "vor 1 Stunde",
        "Endlich! Die Innenstadt gehört den Menschen, nicht den Autos.",
        "Antworten",
        "Melden",
        "Weitere Kommentare laden",
        "© 2025 Stadtanzeiger. Alle Rechte vorbehalten.",
    ])
    assert [(c.author, c.time) for c in page.comments] == [("Klaus Berger", "vor 2 Stunden"), ("Sabine M.", "vor 1 Stunde")]
    assert page.comments[1].text == "Endlich! Die Innenstadt gehört den Menschen, nicht den Autos."
    assert "Weihnachtsmarkt" not in page.article.text and "gegen den Beschluss" in page.article.text


def test_a_dutch_page_that_says_it_has_no_reactions_has_no_comments():
    page = _page([
        "Twee rode panda's in ZOO Antwerpen",
        DUTCH_STORY,
        "Bezoekers kunnen de panda's vanaf zaterdag bekijken.",
        "Lees ook",
        "Planckendael verwelkomt een jonge olifant",
        "Lees ook",
        "Tickets voor de dierentuin worden duurder vanaf januari",
        "Reacties",
        "0 reacties",
        "Wees de eerste om te reageren",
        "Log in om te reageren",
        "Meest gelezen",
        "1. Zware aanrijding op de Ring: drie gewonden",
        "2. Kerstmarkt op de Groenplaats opent donderdag",
    ])
    assert page.comments == []
    assert "vanaf zaterdag bekijken" in page.article.text and "Kerstmarkt" not in page.article.text


def test_an_italian_page_whose_comments_are_closed_and_nameless_has_no_comments():
    page = _page([
        "Venezia, il contributo d'accesso sale a 10 euro",
        "Il contributo d'accesso per entrare a Venezia nelle giornate di maggiore affollamento costerà 10 euro per chi "
        "prenota con meno di quattro giorni d'anticipo, e 5 euro per chi si registra prima, ha deciso ieri la giunta.",
        "I controlli saranno affidati a circa 200 steward posizionati ai varchi principali della città.",
        "© RIPRODUZIONE RISERVATA",
        "Leggi anche",
        "Mestre, chiude dopo 70 anni la storica pasticceria di via Piave",
        "Acqua alta, la previsione per il weekend",
        "I commenti dei lettori",
        "I commenti sono chiusi per questo articolo.",
        "Newsletter",
        "Iscriviti alla newsletter del Corriere del Veneto",
        "I PIÙ LETTI",
        "1 Treviso, crolla il controsoffitto in una scuola elementare",
    ])
    assert page.comments == []
    assert "200 steward" in page.article.text and "pasticceria" not in page.article.text


def test_a_czech_thread_reads_its_spaced_dates_its_votes_and_whom_a_reply_answers():
    page = _page([
        "Máslo před Vánoci zlevnilo o čtvrtinu",
        CZECH_STORY,
        "Obchodníci očekávají, že cena zůstane nízká až do jara.",
        "Diskuse (2)",
        "Nejnovější",
        "Jaroslav Pešek",
        "12. 12. 2025 14:05",
        "Takže to byla jen spekulace a teď se ukázalo, že to jde i levněji.",
        "+34",
        "−5",
        "Odpovědět",
        "Nahlásit",
        "Lenka Marešová",
        "Reakce na Jaroslav Pešek",
        "12. 12. 2025 14:18",
        "Ceny na burze opravdu klesly, to není žádná spekulace.",
        "+8",
        "−12",
        "Odpovědět",
        "Nahlásit",
    ])
    assert [(c.author, c.time, c.parent) for c in page.comments] == [
        ("Jaroslav Pešek", "12. 12. 2025 14:05", None), ("Lenka Marešová", "12. 12. 2025 14:18", 0)]
    assert page.comments[1].text == "Ceny na burze opravdu klesly, to není žádná spekulace."


def test_a_finnish_thread_reads_its_clock_times():
    page = _page([
        "Espoo lakkauttaa neljä pientä koulua",
        "Espoon kaupunginvaltuusto päätti maanantaina lakkauttaa neljä pientä koulua ensi syksystä alkaen. Päätös "
        "syntyi äänin 44-31, ja sen arvioidaan säästävän kaupungilta noin 1,2 miljoonaa euroa vuodessa, kerrotaan.",
        "Kommentit (2)",
        "Uusimmat ensin",
        "Kalajärveläinen",
        "klo 14.05",
        "Vanhakartanon koulu on jo nyt täynnä. Mihin nämä lapset oikein mahtuvat?",
        "Vastaa",
        "Ilmoita asiaton viesti",
        "realisti",
        "eilen klo 22.47",
        "Ikävää mutta rahat on loppu.",
        "Vastaa",
        "Ilmoita asiaton viesti",
    ])
    assert [(c.author, c.time) for c in page.comments] == [("Kalajärveläinen", "klo 14.05"), ("realisti", "eilen klo 22.47")]


def test_a_romanian_disqus_thread_reads_its_ages_and_its_arrowed_replies():
    page = _page([
        "Apa caldă oprită în trei sectoare",
        "Peste 40.000 de apartamente din trei sectoare ale Capitalei au rămas fără apă caldă după ce o conductă "
        "magistrală s-a fisurat duminică noaptea, a anunțat compania de termoficare, care estimează trei zile de lucrări.",
        "6 comentarii",
        "Sortează după Cele mai bune",
        "Alătură-te discuției…",
        "Ionuț Marinescu",
        "• acum 3 ore",
        "În fiecare iarnă aceeași poveste. Conducte din anii '70.",
        "16",
        "Răspunde",
        "Dan P. → Ionuț Marinescu",
        "• acum 2 ore",
        "Scrie în articol: 200 de km din 4.000.",
        "9",
        "Răspunde",
        "anonim",
        "• acum 40 de minute",
        "rușine!",
        "Răspunde",
    ])
    assert [(c.author, c.time, c.parent) for c in page.comments] == [
        ("Ionuț Marinescu", "acum 3 ore", None), ("Dan P.", "acum 2 ore", 0), ("anonim", "acum 40 de minute", None)]


def test_a_polish_thread_reads_its_day_words_spaced_votes_and_answers():
    page = _page([
        "Wejście na molo w Sopocie droższe",
        "Od przyszłego sezonu wejście na molo w Sopocie będzie kosztować 15 zł, o trzy złote więcej niż dotąd, "
        "zdecydowali radni. Miasto tłumaczy podwyżkę kosztami remontu drewnianego pomostu, poinformował rzecznik.",
        "Opinie (2)",
        "Gość",
        "dzisiaj, 14:05",
        "15 zł za deski nad wodą. Pomyśleć, że kiedyś było za darmo.",
        "+ 41",
        "- 3",
        "Odpowiedz",
        "Zgłoś",
        "Sopocianka",
        "odpowiedź do: Gość",
        "wczoraj, 21:14",
        "Kiedyś to i bułka kosztowała 20 groszy.",
        "+ 18",
        "- 2",
        "Odpowiedz",
        "Zgłoś",
    ])
    assert [(c.author, c.time, c.parent) for c in page.comments] == [
        ("Gość", "dzisiaj, 14:05", None), ("Sopocianka", "wczoraj, 21:14", 0)]
    assert page.comments[1].text == "Kiedyś to i bułka kosztowała 20 groszy."


def test_a_swedish_story_without_a_thread_is_not_cut_where_its_i_reads_as_english_first_person():
    # (Swedish "i" is "in": read as English "I", the fact box's and the lists' lines became a reader's words)
    page = _page([
        "Länsstyrelsen ger klartecken till licensjakt på sex vargar",
        "Länsstyrelsen i Värmland har beslutat att tillåta licensjakt på sex vargar i tre revir under vintern. Beslutet "
        "motiveras med att vargstammen i länet är stabil och att angreppen på tamdjur har ökat under året, uppger myndigheten.",
        "I Torsby, där två av de berörda reviren ligger, tas beslutet emot med lättnad av jägarna i området.",
        "Föreningen har tre veckor på sig att överklaga beslutet till förvaltningsrätten i Luleå.",
        "Fakta: Licensjakt på varg",
        "Licensjakt beslutas av länsstyrelserna och syftar till att begränsa vargstammens storlek i ett område.",
        "Under 2025 fälldes 30 vargar i licensjakt i hela landet.",
        "Källa: Naturvårdsverket, Länsstyrelsen Värmland",
        "Läs också",
        "Vargen som sköts i Dalarna var inte genetiskt viktig",
        "Rekordmånga angrepp på får i Värmland i år",
        "Mest läst i Värmland",
        "1",
        "Ny bro över Klarälven kan bli dubbelt så dyr",
        "2",
        "Snön ställde till det – hundratals utan ström i Sunne",
        "SVT Nyheter",
        "Kontakta oss",
    ])
    assert page.comments == []
    assert "Under 2025 fälldes 30 vargar" in page.article.text and "Rekordmånga angrepp" not in page.article.text


def test_a_norwegian_facebook_plugin_pasted_from_a_phone():
    page = _page([
        "Bompengene øker fra nyttår",
        "Prisen for å passere bomstasjonene i Bodø øker fra 1. januar, etter at bystyret vedtok ny takst torsdag. For en "
        "vanlig personbil blir prisen 33 kroner, mens elbiler skal betale 16 kroner, opplyser Statens vegvesen.",
        "Legg til en kommentar …",
        "Tone Marie Johansen",
        "33 kr for å kjøre til jobb. Og så skal vi ha folk til å flytte nordover 🤦‍♀️",
        "Liker · Svar · 14 · 3 t",
        "Kjetil Berg",
        "Jobber hos Bodø kommune",
        "Det er bare å ta bussen, Tone. Linje 1 går hvert 10. minutt.",
        "Liker · Svar · 2 t",
        "Gunn Hansen",
        "Works at Nordlandssykehuset",
        "Takk for god artikkel AN 👍",
        "Liker · Svar · 45 min",
        "Facebook-kommentarer-plugin",
        "Annonse",
    ])
    assert [(c.author, c.time, c.text) for c in page.comments] == [
        ("Tone Marie Johansen", "3 t", "33 kr for å kjøre til jobb. Og så skal vi ha folk til å flytte nordover 🤦‍♀️"),
        ("Kjetil Berg", "2 t", "Det er bare å ta bussen, Tone. Linje 1 går hvert 10. minutt."),
        ("Gunn Hansen", "45 min", "Takk for god artikkel AN 👍")]


def test_greek_names_and_action_words_read_as_latin_ones_do():
    # (a name in Greek letters was never a name, nor "Απάντηση" an action: the patterns knew Latin capitals and letters only)
    page = _page([
        "Τέλος 20 ευρώ για τους επιβάτες κρουαζιερόπλοιων στη Σαντορίνη",
        "Από την 1η Ιουλίου κάθε επιβάτης κρουαζιερόπλοιου που αποβιβάζεται στη Σαντορίνη θα πληρώνει τέλος 20 ευρώ, "
        "σύμφωνα με τροπολογία που κατατέθηκε στη Βουλή, ανακοίνωσε χθες το υπουργείο Τουρισμού.",
        "ΣΧΟΛΙΑ (2)",
        "Γιώργος Π. | 12.03.2025 | 09:14",
        "Επιτέλους. Όποιος έχει ανέβει τα σκαλιά στα Φηρά τον Αύγουστο ξέρει.",
        "Απάντηση",
        "Ελένη | 12.03.2025 | 09:40",
        "20 ευρώ είναι λίγα. Να γίνει 50.",
        "Απάντηση",
    ])
    assert [(c.author, c.time) for c in page.comments] == [("Γιώργος Π.", "12.03.2025 | 09:14"), ("Ελένη", "12.03.2025 | 09:40")]
    assert page.comments[1].text == "20 ευρώ είναι λίγα. Να γίνει 50."


def test_an_indonesian_thread_reads_its_ages_and_actions():
    page = _page([
        "Ganjil genap diperluas ke 28 ruas jalan",
        "Pemerintah Provinsi DKI Jakarta memperluas kebijakan ganjil genap ke 28 ruas jalan mulai bulan depan untuk "
        "mengurangi kemacetan, kata Kepala Dinas Perhubungan dalam keterangan pers, Senin.",
        "Baca juga: Tarif MRT naik mulai April",
        "Komentar (2)",
        "Tulis komentar...",
        "Agus Prasetyo · 3 jam lalu",
        "Pasti ujung ujungnya orang beli mobil kedua.",
        "Balas",
        "Suka (21)",
        "bang_jali · 2 jam lalu",
        "MRT sampe Bekasi kapan jadinya pak???",
        "Balas",
        "Suka (88)",
    ])
    assert [(c.author, c.time, c.text) for c in page.comments] == [
        ("Agus Prasetyo", "3 jam lalu", "Pasti ujung ujungnya orang beli mobil kedua."),
        ("bang_jali", "2 jam lalu", "MRT sampe Bekasi kapan jadinya pak???")]


def test_an_italian_blogs_comment_by_lines_and_a_croatian_plugins_action_rows():
    page = _page([
        "Centro storico chiuso alle auto da maggio",
        "Dal primo maggio il centro storico di Borgo Valsugana sarà chiuso al traffico nei fine settimana, ha deciso "
        "ieri sera il consiglio comunale, che ha approvato anche una navetta gratuita dai parcheggi esterni.",
        "2 commenti",
        "Commento di Giuliana – 9 aprile 2025 ore 19:02",
        "Finalmente! Piazza Serra piena di macchine era una vergogna.",
        "Rispondi",
        "Commento di Lorenzo Bortolotti – 10 aprile 2025 ore 08:15",
        "in risposta a Giuliana (Borgo)",
        "Giusta osservazione, abbiamo chiesto al Comune i dettagli sulla navetta.",
        "Rispondi",
        "Lascia un commento",
        "Il tuo indirizzo email non sarà pubblicato.",
        "Invia commento",
    ])
    assert [(c.author, c.time, c.parent) for c in page.comments] == [
        ("Giuliana", "9 aprile 2025 ore 19:02", None), ("Lorenzo Bortolotti", "10 aprile 2025 ore 08:15", 0)]
    croatian = _page([
        "Nijemac parkirao kamper na Rivi",
        "Njemački turist parkirao je kamper na splitskoj Rivi i otišao na plažu, a komunalni redari kaznili su ga s 300 "
        "eura, potvrdili su iz Grada Splita u ponedjeljak.",
        "Komentari (2)",
        "Sortiraj po: Najnovije",
        "Dodaj komentar...",
        "Ante Jurić",
        "Bin am Strand 😂😂😂 legenda",
        "Sviđa mi se · Odgovori · 5 h",
        "Mirela Kovač",
        "300 eura je smiješno malo.",
        "Sviđa mi se · Odgovori · 4 h",
        "Prikaži još odgovora",
    ])
    assert [(c.author, c.time, c.text) for c in croatian.comments] == [
        ("Ante Jurić", "5 h", "Bin am Strand 😂😂😂 legenda"), ("Mirela Kovač", "4 h", "300 eura je smiješno malo.")]


def test_danish_and_polish_notes_that_a_story_takes_no_comments():
    for note in ("Der er lukket for kommentarer til denne artikel.", "Komentowanie tego artykułu zostało wyłączone."):
        page = segment("\n\n".join([  # (a blank line between every line, as the page was copied)
            "Flere unge bor hjemme",
            "Andelen af unge mellem 25 og 29 år, der bor hjemme hos deres forældre, er steget for femte år i træk, viser nye "
            "tal fra Danmarks Statistik. Boligpriserne i de store byer får skylden, siger økonomer.",
            "FAKTA",
            "Unge, der bor hjemme",
            "2015: 9,8 procent af de 25-29-årige",
            "2024: 14,2 procent",
            "Kilde: Danmarks Statistik",
            note,
            "Vil du deltage i debatten? Skriv et debatindlæg til debat@dagbladetnorden.dk",
            "Mest læste",
            "Regeringen vil hæve pensionsalderen til 70 år",
        ]).encode("utf-8"), format="text")
        assert page.comments == [], note


def test_a_catalan_thread_reads_its_long_dates_and_subscriber_badges():
    page = _page([
        "Les escoles rurals perden alumnes",
        "El Departament d'Educació ha confirmat que tancarà quatre escoles rurals el curs vinent per manca d'alumnes, "
        "una decisió que les famílies afectades consideren precipitada, segons han explicat a aquest diari.",
        "Comentaris (2)",
        "Jordi Casals",
        "Subscriptor",
        "dimarts, 4 de març de 2025, 08.40",
        "Lamentable la manera de fer. Ànims a totes les famílies.",
        "Respon",
        "Anna Ribas",
        "Subscriptora",
        "dimarts, 4 de març de 2025, 09.05",
        "Ràtios de 20 a tot arreu. És l'única oportunitat que tenim.",
        "Respon",
    ])
    assert [(c.author, c.time) for c in page.comments] == [
        ("Jordi Casals", "dimarts, 4 de març de 2025, 08.40"), ("Anna Ribas", "dimarts, 4 de març de 2025, 09.05")]


def test_a_danish_action_row_that_holds_the_comments_age_among_its_parts():
    page = _page([
        "Pizzakæde hæver priserne igen",
        "Danmarks største pizzakæde hæver priserne for tredje gang på et år, så en familiepizza nu koster 174 kroner, "
        "oplyser kæden til avisen. Forbrugerrådet kalder stigningen urimelig, siger en talsperson.",
        "Debat (2)",
        "Skriv et indlæg",
        "Lars P.",
        "174 kr for en pizza. Så laver jeg den sgu selv.",
        "👍 41 · for 11 timer siden · Svar",
        "Bente",
        "Omsætning er ikke det samme som overskud.",
        "👍 30 · for 6 timer siden · Svar",
    ])
    assert [(c.author, c.time, c.text) for c in page.comments] == [
        ("Lars P.", "11 timer siden", "174 kr for en pizza. Så laver jeg den sgu selv."),
        ("Bente", "6 timer siden", "Omsætning er ikke det samme som overskud.")]


def test_a_reply_that_opens_with_a_commenters_full_name_as_facebook_tags_it_answers_them():
    page = _page([
        "Nijemac parkirao kamper na Rivi",
        "Njemački turist parkirao je kamper na splitskoj Rivi i otišao na plažu, a komunalni redari kaznili su ga s 300 "
        "eura, potvrdili su iz Grada Splita u ponedjeljak.",
        "Komentari (3)",
        "Josip Šimić",
        "A domaćima koji parkiraju na nogostupu svaki dan nitko ništa?",
        "Sviđa mi se · Odgovori · 5 h",
        "Ante Jurić",
        "Bin am Strand 😂😂😂 legenda",
        "Sviđa mi se · Odgovori · 5 h",
        "Mirela Kovač",
        "Josip Šimić nitko nije rekao da domaćima treba progledat kroz prste.",
        "Sviđa mi se · Odgovori · 4 h",
    ])
    assert [c.parent for c in page.comments] == [None, None, 0]


def test_a_slovene_single_comment_under_a_subscribers_only_note_and_above_a_recommended_list():
    # One comment gives no rhythm to read: its "name · d. m. yyyy ob hh.mm" line ("ob": at) must read as its header,
    # the note that only subscribers may comment as furniture, and "Priporočamo" (we recommend) as a list's heading.
    page = _page([
        "Slovenska filharmonija po dveh letih znova v obnovljeni dvorani",
        "Po skoraj dveh letih selitev in gostovanj se orkester Slovenske filharmonije ta teden vrača v svojo matično "
        "dvorano na Kongresnem trgu. Prenova je obsegala novo akustično oblogo in zamenjavo vseh sedežev.",
        "Celotna naložba je znašala 14 milijonov evrov, od tega je ministrstvo za kulturo prispevalo 9,2 milijona.",
        "Komentarji (1)",
        "Komentiranje je omogočeno samo naročnikom. Prijavite se.",
        "franc.kranjc · 3. 4. 2025 ob 14.22",
        "Lepo, da je končano. Škoda le, da so zmanjšali število sedežev – vstopnice bodo še težje dosegljive.",
        "Odgovori",
        "Prijavi",
        "Priporočamo",
        "Cankarjev dom razkril novo sezono",
        "Intervju: Dirigent, ki je zapustil Berlin",
        "© Dnevnik Slovenija d.o.o.",
    ])
    assert [(c.author, c.time, c.text) for c in page.comments] == [
        ("franc.kranjc", "3. 4. 2025 ob 14.22",
         "Lepo, da je končano. Škoda le, da so zmanjšali število sedežev – vstopnice bodo še težje dosegljive.")]


def test_the_word_for_at_between_a_date_and_its_clock_in_central_european_languages():
    from moderator.segment.text import find_time

    for line in ("3. 4. 2025 ob 14.22", "12.03.2024 o 14:22", "12. 3. 2024 v 14:22", "12.03.2024. u 14:22", "12.03.2024 la 14:22"):
        assert find_time(line).group(0) == line


def test_a_norwegian_forum_threads_member_cards_posted_labels_quote_buttons_and_closing_form():
    # Invision Community in Norwegian under a story: each post under the member's card (name, rank, "2 104 innlegg": the figure first),
    # then "Skrevet <date>" (posted: a label, not a name), the words, "Siter" (quote) and likes; under the last post the
    # form ("Bli med i samtalen", the note that one may post now and register later, "Svar på dette emnet...") and
    # "Lignende emner" (similar topics) over other threads' titles. A name may hold letters beyond ASCII ("gratis_strøm_takk").
    posts = [("Peder_Hol", "Aktiv medlem", "2 104 innlegg", "11. november 2025",
              "Vi har hatt Mitsubishi Kaiteki på hytta i Ål i fire vintre nå. Den har levert varme helt ned til -27."),
             ("gratis_strøm_takk", "Medlem", "48 innlegg", "11. november 2025",
              "Hvorfor skal staten betale for strømmen på hytta di? Seriøst. Det er luksus å ha hytte."),
             ("Ingrid_S", "Medlem", "611 innlegg", "12. november 2025",
              "Smart styring er et must. Hytta står på 8 grader hele uka og vi skrur opp fra appen torsdag kveld.")]
    lines = ["Strømstøtten kuttes for hytter fra januar",
             "Regjeringen bekreftet forrige uke at strømstøtten ikke lenger skal gjelde for fritidsboliger fra 1. januar. "
             "Energiministeren sa til NRK at ordningen skal målrettes mot husholdningene som trenger det mest.",
             "Hytteeiere i Hallingdal regner med å betale nærmere 2 kroner per kilowattime i vinter, avhengig av prisene i NO1.",
             "Diskusjon (3)"]
    for name, rank, count, date, words in posts:
        lines += [name, rank, count, f"Skrevet {date}", words, "Siter", "Like 3"]
    lines += ["Bli med i samtalen", "Du kan skrive nå og registrere deg senere. Har du allerede en konto, logg inn for å poste med den.",
              "Svar på dette emnet...", "Gå til emneliste", "Lignende emner", "Nettleie 2026 – hvor mye øker den hos dere?",
              "Luft-til-luft varmepumpe: hvilken til kaldt klima?", "Drevet av Invision Community"]
    page = _page(lines)
    assert [(c.author, c.time, c.text) for c in page.comments] == [(name, date, words) for name, _, _, date, words in posts]


def test_a_russian_livejournal_threads_action_links_are_no_comments_words():
    # LiveJournal in Russian: under each comment "Ответить" (reply), "Родительский" (parent), "Ветвь дискуссии" (thread).
    page = _page([
        "Дом культуры в Верхнелуговске",
        "В субботу мы доехали до Дома культуры машиностроителей. Здание 1961 года сохранило мозаики, люстру на сорок "
        "восемь плафонов и паркет, который местные жители натирают до сих пор, рассказала директор.",
        "Комментарии",
        "arch_notes",
        "11 февраля 2024, 15:24:03",
        "Спасибо, напишу им в музей.",
        "Ответить",
        "Родительский",
        "Ветвь дискуссии",
        "kritik_2000",
        "11 февраля 2024, 19:30:02",
        "Резонно.",
        "Ответить",
        "Родительский",
        "Ветвь дискуссии",
    ])
    assert [(c.author, c.text) for c in page.comments] == [("arch_notes", "Спасибо, напишу им в музей."), ("kritik_2000", "Резонно.")]


def test_a_vietnamese_thread_reads_its_action_rows_ages_and_sign_in_note():
    # VnExpress's shape: "Ý kiến (2)", the sort selector, "Đăng nhập để gửi ý kiến", then each reader's name, words and
    # "Thích 245 · Trả lời · 5h trước" (like · reply · 5 h ago).
    page = _page([
        "Cấm xe tải vào nội đô từ 6h đến 21h",
        "Từ ngày 1/12, xe tải trên 2,5 tấn không được đi vào đường Vành đai 2 từ 6h đến 21h, theo quyết định của thành phố "
        "nhằm giảm tai nạn giao thông. Trong mười tháng qua, 19 người đã thiệt mạng trên tuyến đường này.",
        "Ý kiến (2)",
        "Quan tâm nhất | Mới nhất",
        "Đăng nhập để gửi ý kiến",
        "Trần Minh Tuấn",
        "Quá hợp lý. Sáng nào đi làm qua Vành đai 2 cũng phải chen với xe container, sợ lắm.",
        "Thích 245 · Trả lời · 5h trước",
        "Lê Hồng Phúc",
        "Đồng ý, nhưng cấm đến 21h thì đêm xe tải chạy ầm ầm, dân hai bên đường ngủ sao được?",
        "Thích 67 · Trả lời · 4h trước",
        "Xem thêm ý kiến",
    ])
    assert [(c.author, c.time) for c in page.comments] == [("Trần Minh Tuấn", "5h trước"), ("Lê Hồng Phúc", "4h trước")]
    assert page.comments[0].text == "Quá hợp lý. Sáng nào đi làm qua Vành đai 2 cũng phải chen với xe container, sợ lắm."


def test_a_japanese_news_page_counts_its_words_by_characters_and_reads_its_thread():
    # Yahoo! Japan's shape: a story written without spaces (its paragraphs are long however few their "words"), its
    # "last updated" line, "コメント2件", the sort selector, then masked handles ("hir*****"), ages and reaction buttons.
    story = ["市営バス3路線、来年3月で廃止へ", "11/20(水) 18:05配信",
             "北杜川市は20日、市営バス3路線を来年3月末で廃止すると発表した。運転手の不足が深刻で、現在の本数を維持できなくなったという。"
             "代わりに予約制の乗り合いタクシーを導入する。",
             "廃止されるのは、市中心部と山間部の集落を結ぶ3路線。1日の利用者は3路線合わせて約280人で、その多くが通院や買い物に使う高齢者だ。",
             "最終更新:11/20(水) 18:40"]
    page = _page(story + ["コメント2件", "おすすめ順", "新着順", "ログインしてコメントする",
                          "hir*****", "1時間前", "うちの田舎も同じ。バスがなくなったら免許返納もできない。", "共感した 845", "なるほど 102", "うーん 22", "返信2",
                          "mom*****", "58分前", "免許返納できないのは本当に深刻ですよね。", "共感した 301", "なるほど 12", "うーん 4", "返信0"])
    assert [(c.author, c.time, c.text) for c in page.comments] == [
        ("hir*****", "1時間前", "うちの田舎も同じ。バスがなくなったら免許返納もできない。"), ("mom*****", "58分前", "免許返納できないのは本当に深刻ですよね。")]
    assert "北杜川市は20日" in page.article.text and "高齢者だ" in page.article.text


def test_empty_threads_in_indonesian_catalan_and_hungarian_and_their_dated_lists_of_stories_hold_no_comments():
    story = ("Pemerintah kota menaikkan tarif parkir di kawasan pusat mulai bulan depan. Menurut dinas perhubungan, pendapatan "
             "tambahan akan dipakai untuk memperbaiki trotoar dan halte bus di sepanjang jalan utama kota.")
    indonesian = _page(["Tarif parkir naik mulai Maret", story, "Komentar", "Belum ada komentar. Jadilah yang pertama berkomentar!",
                        "Silakan masuk untuk menulis komentar.", "Masuk dengan akun Warta Nusantara", "Berita Terkait",
                        "Kamis, 15 Februari 2024", "Festival Kopi Priangan 2024 Digelar Akhir Bulan",
                        "Selasa, 13 Februari 2024", "Ojek Daring dan Desa yang Ditinggalkan Anak Mudanya"])
    catalan = _page(["La fira de la tòfona espera rècord", "L'ajuntament preveu més de vint mil visitants aquest cap de setmana a la fira, "
                     "que arriba a la seva vint-i-cinquena edició amb quaranta parades i un concurs de cuina per als restaurants.",
                     "Comentaris", "Sigues el primer a comentar aquesta notícia.", "Accepto la política de privacitat", "Envia",
                     "Notícies relacionades", "Prats Vells inaugura la nova biblioteca", "Tallada la carretera de Vallclara per obres",
                     "Els més llegits", "Un incendi crema dues hectàrees a la serra", "L'escola de Sant Martí no tancarà"])
    hungarian = _page(["Döntetlen a rangadón", "A bajnoki rangadón a hazai csapat az utolsó percben egyenlített, így a két együttes "
                       "pontosztozkodással zárta a mérkőzést, amelyet több mint háromezer néző látott a csarnokban.",
                       "Hozzászólások", "A cikkhez nem lehet hozzászólni."])
    assert indonesian.comments == [] and catalan.comments == [] and hungarian.comments == []


def test_a_polish_recipe_blogs_ingredients_and_steps_are_the_story_and_its_readers_names_keep_their_particles():
    # A recipe's parts under "Składniki" and "Przygotowanie" (short lines, steps that speak to "you") are the story; the
    # thread's names may hold a particle ("Basia z Kraśnika") and the blogger's badge ("Autorka") is no name.
    page = _page([
        "Pierogi z kaszą gryczaną i twarogiem",
        "Pierogi z kaszą to danie mojego dzieciństwa: babcia lepiła je co sobotę, a my siedzieliśmy przy stole i czekaliśmy, "
        "aż pierwsze wypłyną. Dziś przepis, który sprawdza się u mnie od lat.",
        "Składniki na ciasto (ok. 50 sztuk)", "500 g mąki pszennej typ 450", "250 ml ciepłej wody", "2 łyżki oleju", "szczypta soli",
        "Przygotowanie", "Kaszę ugotuj na sypko w osolonej wodzie i ostudź. Cebulę pokrój w kostkę i zeszklij na maśle.",
        "Gotuj partiami w osolonym wrzątku około 2 minut od wypłynięcia.", "Smacznego!",
        "Komentarze (2)",
        "Basia z Kraśnika", "13 stycznia 2024 o 09:14", "Dokładnie takie robiła moja babcia! Polecam spróbować z miętą.", "Odpowiedz",
        "Agnieszka Wilczyńska", "Autorka", "13 stycznia 2024 o 11:30", "Mięta?! Muszę koniecznie przetestować, dziękuję 😊", "Odpowiedz",
    ])
    assert [(c.author, c.time) for c in page.comments] == [("Basia z Kraśnika", "13 stycznia 2024 o 09:14"),
                                                           ("Agnieszka Wilczyńska", "13 stycznia 2024 o 11:30")]
    assert "500 g mąki pszennej typ 450" in page.article.text and "Smacznego!" in page.article.text


def test_a_numbered_most_read_list_after_a_german_thread_is_no_comment_by_its_heading():
    page = _page([
        "Parkhaus am Bahnhof wird kleiner",
        GERMAN_STORY,
        "Kommentare (1)",
        "Mia T.",
        "vor 47 Minuten",
        "Turnhalle zuerst. 👍",
        "Antworten",
        "Melden",
        "Das könnte Sie auch interessieren",
        "Ostheim: Feuerwehr rückt zu Scheunenbrand aus – hoher Sachschaden",
        "vor 3 Tagen",
        "Meistgelesen",
        "1. Unfall auf der B 27: Zwei Verletzte, Strecke gesperrt",
        "2. Bäckerei Wöhlk schließt nach 112 Jahren",
        "3. Stadtrat kippt Pläne für Parkhaus am Bahnhof",
    ])
    assert [(c.author, c.text) for c in page.comments] == [("Mia T.", "Turnhalle zuerst. 👍")]


def test_a_japanese_blogs_numbered_comments_under_a_full_width_count():
    # A Japanese diary blog: "コメント（4）" (full-width brackets), each comment numbered "1." on a line of its own over the name,
    # the time, the words and "返信する" (reply); the form's "コメント投稿" after them.
    page = _page(["新玉ねぎのバターポン酢焼き",
                  "新玉ねぎが安かったので、今日は丸ごとレンジで加熱してからバターで焼き、最後にポン酢を回しかけました。甘くてとろとろで、"
                  "子どもたちもおかわりしてくれました。", "コメント（2）",
                  "1.", "ゆきんこ", "2024-05-12 21:15:33", "美味しそう〜！新玉ねぎ、うちも昨日買ったので真似させてもらいます♪", "返信する",
                  "2.", "たかぼー", "2024-05-12 22:02:08", "バターとポン酢の組み合わせ最強ですよね。", "返信する", "コメント投稿"])
    assert [(c.author, c.time, c.text) for c in page.comments] == [
        ("ゆきんこ", "2024-05-12 21:15:33", "美味しそう〜！新玉ねぎ、うちも昨日買ったので真似させてもらいます♪"),
        ("たかぼー", "2024-05-12 22:02:08", "バターとポン酢の組み合わせ最強ですよね。")]


def test_an_italian_phpbb_thread_under_a_story_reads_messaggio_da_bylines_member_cards_and_quotes():
    # "Messaggio da NAME » DATE" (message by), the card's "Iscritto il:" (joined on) and "Località:", and a reply that opens
    # on "NAME ha scritto:" (wrote) and the words it quotes.
    lines = ["Pagelle: Colombo salva tutto, difesa da incubo",
             "Una partita da dimenticare per la difesa biancoazzurra, salvata soltanto dalle parate di Colombo nel finale. Il tecnico "
             "Benedetti ha ammesso a fine gara che la squadra si è abbassata troppo nel secondo tempo.",
             "Discuti l'articolo sul forum (3 risposte)"]
    posts = [("Capitano_Lagunare", "17 mar 2024, 22:58", [], "Ferretti 4,5 è pure generoso. Benedetti deve svegliarsi."),
             ("gigi_biancoazzurro", "17 mar 2024, 23:06", ["Capitano_Lagunare ha scritto:", "Ferretti 4,5 è pure generoso."],
              "Concordo ma chi metti al suo posto? Sartori non può fare il centrale sinistro."),
             ("Ornitorinco", "17 mar 2024, 23:20", [], "Colombo monumentale. Rinnovatelo subito.")]
    for name, time, quote, words in posts:
        lines += ["Re: Pagelle: Colombo salva tutto, difesa da incubo", f"Messaggio da {name} » {time}", *quote, words,
                  name, "Messaggi: 2311", "Iscritto il: 4 set 2006", "Località: Lido", ""]
    page = _page(lines)
    assert [(c.author, c.time, c.text, c.parent) for c in page.comments] == [
        (name, time, words, None if not quote else 0) for name, time, quote, words in posts]


def test_a_polish_portals_anonymous_tilde_nicks_masked_addresses_votes_and_replies():
    # A Polish regional portal: "~nick" (anonymous), "IP: 83.21.*.*", the time, the words, "+42 −5", Odpowiedz / Zgłoś; a reply
    # headed "odpowiada ~nick" (answers); the portal's disclaimer over the thread.
    page = _page([
        "Basen miejski drożeje od czerwca", CZECH_STORY.replace("Cena másla", "Cena biletów"),
        "Komentarze (3)", "Komentarze są wyłącznie opiniami ich autorów. Redakcja nie ponosi odpowiedzialności za ich treść.",
        "~mieszkaniec", "IP: 83.21.*.*", "14.05.2024, 09:52", "24 zł za godzinę w takim basenie?? Złodziejstwo", "+42 −5", "Odpowiedz", "Zgłoś",
        "odpowiada ~mieszkaniec", "~Ola", "IP: 178.42.*.*", "14.05.2024, 10:05", "Szatnie akurat remontowali w zeszłym roku, są ok.", "+18 −2",
        "Odpowiedz", "Zgłoś",
        "~Kasia z Zawidowa", "IP: 5.173.*.*", "14.05.2024, 10:40", "Zapraszamy do nas 😊 u nas 15 zł", "+21 −9", "Odpowiedz", "Zgłoś",
    ])
    assert [(c.author, c.time, c.text, c.parent) for c in page.comments] == [
        ("~mieszkaniec", "14.05.2024, 09:52", "24 zł za godzinę w takim basenie?? Złodziejstwo", None),
        ("~Ola", "14.05.2024, 10:05", "Szatnie akurat remontowali w zeszłym roku, są ok.", 0),
        ("~Kasia z Zawidowa", "14.05.2024, 10:40", "Zapraszamy do nas 😊 u nas 15 zł", None)]


def test_a_swedish_forum_thread_with_iso_dates_before_the_clock_and_member_cards():
    # A Flashback-like thread under a story: "#1", "2024-04-09, 09:02" (the ISO date, a comma, the clock), the name, its rank,
    # "Reg: Okt 2011" and "Inlägg: 4 512" (the member's), the words, "Svara" / "Citera".
    posts = [("Fjällräv_63", "2024-04-09, 09:02", "Nu får det vara nog. Skyddsjakt direkt."),
             ("Naturvän", "2024-04-09, 09:20", "Det har inte hänt någonting i Sverige på 200 år. Lugn."),
             ("älgjägaren", "2024-04-09, 10:05", "Unga hanar beter sig så. De är nyfikna och oerfarna.")]
    lines = ["Varg sedd nära skolan i Björkvattnet",
             "En varg har setts vid flera tillfällen i närheten av skolan i Björkvattnet den senaste veckan. Länsstyrelsen följer "
             "situationen och håller ett informationsmöte i bygdegården på torsdag, uppger myndigheten.", "Diskussion (3)"]
    for n, (name, time, words) in enumerate(posts, 1):
        lines += [f"#{n}", time, name, "Medlem", "Reg: Okt 2011", "Inlägg: 4 512", words, "Svara", "Citera", ""]
    page = _page(lines)
    assert [(c.author, c.time, c.text) for c in page.comments] == posts


def test_a_quebec_wordpress_blogs_thoughts_heading_dit_bylines_and_spaced_clock():
    # "4 réflexions sur « ... »" (thoughts on), "NAME dit :" (says), "11 juillet 2024 à 19 h 42" (the clock spaced), "Répondre".
    page = _page(["Trois jours à l'Anse-aux-Brumes",
                  "On a passé trois jours au camping de l'Anse-aux-Brumes, entre les phoques du quai, le brouillard du matin et la meilleure "
                  "guédille de la côte, chez Mado, à deux pas du phare.",
                  "2 réflexions sur « Trois jours à l'Anse-aux-Brumes »",
                  "Marc-André dit :", "11 juillet 2024 à 19 h 42", "Est-ce que le camping accepte les réservations?", "Répondre",
                  "Luc dit :", "14 juillet 2024 à 10 h 27", "belles photos", "Répondre"])
    assert [(c.author, c.time, c.text) for c in page.comments] == [
        ("Marc-André", "11 juillet 2024 à 19 h 42", "Est-ce que le camping accepte les réservations?"),
        ("Luc", "14 juillet 2024 à 10 h 27", "belles photos")]


def test_a_dutch_reader_forum_with_van_names_ratings_and_report_links():
    # "Je moet ingelogd zijn om te reageren" (the rule), "Plaats een reactie" (the form), each reader's name (with "van": "Bas van
    # Leeuwen"), the age, the words, "Waardering 87" (rating), "Reageer", "Meld misbruik"; a fan's badge is no name.
    page = _page(["Brug over het kanaal maanden dicht", DUTCH_STORY, "Reacties (2)",
                  "Je moet ingelogd zijn om te reageren. Lees onze huisregels.", "Plaats een reactie",
                  "henkdevries62", "2 uur geleden", "Typisch. Jarenlang niks aan onderhoud doen en dan ineens paniek.",
                  "Waardering 87", "Reageer", "Meld misbruik",
                  "Bas van Leeuwen", "Supporter van Feyenoord", "2 uur geleden", "Ik woon in Kanaalzijde en hier rijden nu al vrachtwagens door.",
                  "Waardering 112", "Reageer", "Meld misbruik"])
    assert [(c.author, c.time, c.text) for c in page.comments] == [
        ("henkdevries62", "2 uur geleden", "Typisch. Jarenlang niks aan onderhoud doen en dan ineens paniek."),
        ("Bas van Leeuwen", "2 uur geleden", "Ik woon in Kanaalzijde en hier rijden nu al vrachtwagens door.")]


def test_a_mexican_recipe_blog_without_comments_has_none_in_its_related_list_form_or_footer():
    page = _page(["Mole verde de pepita de la abuela",
                  "Cada vez que huelo pepita tostada me transporto a la cocina de mi abuela Rosario, que hacía este mole verde cada domingo "
                  "de Ramos en una cazuela de barro tan grande que necesitaba a dos de mis tíos para bajarla del fogón.",
                  "Ingredientes", "1 taza de pepita de calabaza", "2 tazas de caldo de pollo", "Instrucciones",
                  "Tuesta la pepita a fuego bajo y moviendo siempre.", "Licúa con el caldo y las hierbas, y calienta sin hervir.",
                  "Deja un comentario", "Guarda mi nombre, correo electrónico y web en este navegador para la próxima vez que comente.",
                  "Publicar el comentario", "También te puede gustar", "Pozole rojo de puerco para las fiestas patrias",
                  "Salsa macha de cacahuate y chile de árbol", "Sazón de Rancho © 2024", "Aviso de privacidad"])
    assert page.comments == []
    assert "Licúa con el caldo" in page.article.text


def test_a_danish_wordpress_count_heading_and_a_finnish_discussions_hours_and_rules():
    danish = _page(["Etape 16: Da Thorsager endelig turde angribe",
                    "Der var kun otte kilometer igen, da Mikkel Thorsager satte af fra favoritgruppen på den sidste stigning, og for første "
                    "gang i dette Tour de France så vi ham køre sit eget løb i stedet for holdkaptajnens.",
                    "2 kommentarer til “Etape 16: Da Thorsager endelig turde angribe”",
                    "Bent P. siger:", "17. juli 2024 kl. 19:22", "Enig! Jeg sad og råbte af fjernsynet. Endelig!", "Svar",
                    "Henning siger:", "18. juli 2024 kl. 07:10", "Han skal køre for Ruiz. Færdig.", "Svar"])
    assert [(c.author, c.text) for c in danish.comments] == [("Bent P.", "Enig! Jeg sad og råbte af fjernsynet. Endelig!"),
                                                             ("Henning", "Han skal køre for Ruiz. Færdig.")]
    finnish = _page(["Kymmenen pilkkijää pelastettiin jäälautalta", "Pelastuslaitos haki maanantaina kymmenen pilkkijää irronneelta "
                     "jäälautalta Näsijärvellä. Kova tuuli irrotti lautan rannasta, kertoo päivystävä palomestari.",
                     "Keskustelu", "Keskustelu on avoinna klo 7–22. Kirjoittamalla hyväksyt keskustelun säännöt.",
                     "Pilkkimies_Pekka", "11.3.2024 12:52", "Hyvä että kaikki selvisi.", "Vastaa",
                     "Leena", "11.3.2024 15:08", "Kiitos pelastajille hienosta työstä! ❤️", "Vastaa"])
    assert [c.author for c in finnish.comments] == ["Pilkkimies_Pekka", "Leena"]
    assert finnish.comments[0].text == "Hyvä että kaikki selvisi."


def test_a_turkish_threads_level_badges_and_in_reply_to_lines():
    # "Seviye 7" (level) between the name and the age, "Yanıt olarak: @mert_58" (in reply to) over a reply's age.
    page = _page(["iPhone 17 serisine yeni zam", "Apple, Türkiye'deki iPhone 17 fiyatlarını bu ay ikinci kez artırdı. En ucuz model artık "
                  "82.999 liradan satılıyor; şirket artışın kur farkından kaynaklandığını açıkladı.", "Yorumlar (2)",
                  "mert_58", "Seviye 7", "3 saat önce", "173 bin TL bir telefon. Asgari ücretin 6 katı.", "▲ 54 ▼ 3", "Yanıtla",
                  "Tarık Aydın", "Seviye 12", "Yanıt olarak: @mert_58", "3 saat önce", "Alanların çoğu 12 taksitle alıyor zaten.", "▲ 21 ▼ 0", "Yanıtla"])
    assert [(c.author, c.time, c.text, c.parent) for c in page.comments] == [
        ("mert_58", "3 saat önce", "173 bin TL bir telefon. Asgari ücretin 6 katı.", None),
        ("Tarık Aydın", "3 saat önce", "Alanların çoğu 12 taksitle alıyor zaten.", 0)]


def test_a_turkish_threads_sign_in_note_sort_row_and_suffixed_reply_marker():
    # "Yorum yapabilmek için giriş yapmalısınız." (log in to comment), "En yeni | En çok beğenilen" (sort), and a reply marked
    # "↳ Adalı Mehmet'e yanıt" (a reply to Adalı Mehmet: the name carries the suffix).
    page = _page(["Akşam vapuru seferleri kaldırılıyor", "Adalar hattında akşam seferlerinin kış boyunca kaldırılacağı açıklandı. Firma, "
                  "yolcu sayısının düşük olduğunu ve yakıt fiyatlarının arttığını gerekçe gösterdi; belediye görüşmelerin sürdüğünü söyledi.",
                  "Yorumlar (2)", "Yorum yapabilmek için giriş yapmalısınız.", "En yeni | En çok beğenilen",
                  "Adalı Mehmet", "3 saat önce", "Geçen kış da aynısını yaptılar.", "👍 12 👎 1", "Yanıtla",
                  "↳ Adalı Mehmet'e yanıt", "Zeynep A.", "3 saat önce", "Aynen öyle, çocuklar da mağdur.", "👍 8 👎 0", "Yanıtla"])
    assert [(c.author, c.text, c.parent) for c in page.comments] == [
        ("Adalı Mehmet", "Geçen kış da aynısını yaptılar.", None), ("Zeynep A.", "Aynen öyle, çocuklar da mağdur.", 0)]


def test_a_czech_discussions_reply_label_to_a_post_and_slashed_votes():
    page = _page(["Na D11 přibudou rychlonabíječky", CZECH_STORY, "Diskuse (2)",
                  "Ing. Vladimír Čermák", "14. 6. 2024 9:25", "Velkou část nákladů tvoří rezervovaný příkon.", "+31 / −2", "Odpovědět", "Nahlásit",
                  "Reakce na příspěvek Ing. Vladimír Čermák", "Jana Krejčí", "14. 6. 2024 9:31", "Díky za vysvětlení.", "+19 / −0",
                  "Odpovědět", "Nahlásit"])
    assert [(c.author, c.text, c.parent) for c in page.comments] == [
        ("Ing. Vladimír Čermák", "Velkou část nákladů tvoří rezervovaný příkon.", None), ("Jana Krejčí", "Díky za vysvětlení.", 0)]


def test_a_spanish_sports_threads_sort_row_sign_in_rule_and_en_respuesta_a():
    page = _page(["El Montegrande remonta en el añadido", "El estadio de Los Olivares vivió una de esas noches que se recuerdan durante "
                  "años: con 0-1 en el marcador, el Real Montegrande encontró en el juego aéreo la solución en los últimos minutos.",
                  "Comentarios (2)", "Ordenar por: Más recientes | Más antiguos | Más valorados",
                  "Para comentar debes iniciar sesión o registrarte.",
                  "montegrandista_1921", "hace 10 h", "QUE NOCHE!!!! Berrocal eres un monstruo 💚💚💚", "Me gusta 48", "Responder", "Denunciar",
                  "En respuesta a montegrandista_1921", "Valdeluz_siempre", "hace 10 h", "Cinco minutos de descuento sin una sola pérdida.",
                  "Me gusta 3", "Responder", "Denunciar"])
    assert [(c.author, c.text, c.parent) for c in page.comments] == [
        ("montegrandista_1921", "QUE NOCHE!!!! Berrocal eres un monstruo 💚💚💚", None),
        ("Valdeluz_siempre", "Cinco minutos de descuento sin una sola pérdida.", 0)]


def test_a_flemish_threads_antwoord_aan_reply_markers():
    # "▸ Antwoord aan NAME" (a reply to NAME) under the replier's name.
    page = _page(["Trainer ontslagen na vijfde nederlaag", DUTCH_STORY, "Reacties (2)",
                  "Zwartberg4ever", "3u geleden", "Eindelijk. Dit had al een maand geleden moeten gebeuren.", "Vind ik leuk (41)", "Beantwoorden",
                  "Gert Peeters", "▸ Antwoord aan Zwartberg4ever", "3u geleden", "Ge kunt de trainer niet de schuld geven.",
                  "Vind ik leuk (9)", "Beantwoorden"])
    assert [(c.author, c.parent) for c in page.comments] == [("Zwartberg4ever", None), ("Gert Peeters", 0)]
