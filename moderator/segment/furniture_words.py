"""The words a page's furniture uses in languages other than English, as regular-expression pieces that
moderator.segment.text adds to its English patterns (all are matched without regard to case).

A publisher in Berlin or Lisbon prints the same comment section as one in Leeds: a heading ("Kommentare",
"Comentários"), a note when it is empty or switched off ("Noch keine Kommentare", "Seja o primeiro a comentar"),
the lists of other stories around it ("Lesen Sie auch", "Mais lidas"), the form's and the widget's chrome
("Kommentar schreiben", "Weitere Kommentare laden") and the action row under each comment ("Antworten · Melden").
Each list is grouped by language: German, French, Spanish, Portuguese, Italian, Dutch, Polish, the Scandinavian
languages, Finnish, Czech, Turkish, Romanian, Hungarian, Greek. Only whole lines are matched with them, so a word
that is also a common word elsewhere ("Del", "Svar") is left out where a line of it alone could be a reader's."""


def _alternatives(*groups: str) -> str:
    return "|".join(group.strip().replace("\n", "") for group in groups)


# A comment thread's heading (a count may come before or after it: "Kommentare (12)", "12 reacties").
THREAD_HEADINGS = _alternatives(
    # (and one, where the count comes first: "1 Kommentar", "1 reactie", "1 commentaire")
    r"(?:leser)?kommentare?|leserbriefe|ihre meinung|postings?|diskussion|debatte|reaktionen",
    r"(?:les |vos )?commentaires?|(?:vos )?réactions?|le débat",
    r"(?:los )?comentarios?|conversación",
    r"(?:os )?comentários?|discussão",
    r"(?:i )?commenti(?: dei lettori)?|commento|discussione",
    r"reacties?|discussie",
    r"komentarz(?:e|y)?|dyskusja|opinie(?=\s*\(\d)",  # ("Opinie (31)"; alone, "Opinie" is an opinion section's name)
    r"(?:läsar|læser)?kommentarer?|diskusjon|debatt?",
    r"kommentit|kommentti(?:a)?|lukijoiden kommentit|keskustelu",
    r"komentáře|komentář(?:ů)?|diskuse|diskuze|komentáre|komentár(?:ov)?|komentari|komentar|komentarji|comentaris?|"
    r"komentar(?:nya)?",  # (Slovak, Croatian, Slovenian, Catalan, Indonesian)
    r"yorumlar|yorum|okur yorumları",
    r"comentarii(?: cititori)?|comentariu|discuți[ae]|discuţi[ae]",
    r"hozzászólások|hozzászólás|kommentek?",
    r"σχόλια|σχόλιο|σχολια|σχολιο",  # (in capitals Greek drops its accents: "ΣΧΟΛΙΑ (6)")
    r"комментарии|комментариев|комментарий|обсуждение|коментарі|коментарів|коментари",  # (Russian, Ukrainian, Bulgarian and Serbian)
    r"ý kiến(?: bạn đọc| của bạn)?|bình luận",  # (Vietnamese)
    r"コメント(?:\s*\d[\d,]*\s*件)?|댓글(?:\s*\d[\d,]*\s*개)?|评论|評論|留言",  # (Japanese, Korean, Chinese)
)

# The page's word that its thread is empty or switched off: lines under it are no reader's.
EMPTY_THREAD = _alternatives(
    r"(?:noch )?keine kommentare(?: vorhanden)?|seien sie (?:der|die) erste\b.*|sei (?:der|die) erste\b.*|"
    r"(?:die )?kommentarfunktion (?:ist|wurde) .{0,40}(?:deaktiviert|geschlossen|abgeschaltet)\b.*",
    r"aucun commentaire\b.*|soyez (?:le premier|la première) à (?:commenter|réagir)\b.*|il n'y a (?:pas encore|aucun) (?:de )?commentaires?\b.*|"
    r"les commentaires sont désactivés\b.*",
    r"(?:aún |todavía )?no hay comentarios\b.*|sin comentarios|sé (?:el primero|la primera) en comentar\b.*|"
    r"los comentarios están desactivados\b.*",
    r"(?:ainda )?não há comentários\b.*|nenhum comentário\b.*|sem comentários|seja (?:o primeiro|a primeira) a comentar\b.*|"
    r"os comentários estão desativados\b.*",
    r"(?:ancora )?nessun commento\b.*|non ci sono (?:ancora )?commenti\b.*|sii il primo a commentare\b.*|"
    r"i commenti sono disattivati\b.*",
    r"(?:nog )?geen reacties\b.*|wees de eerste (?:om te reageren|die reageert)\b.*|reageren is (?:niet mogelijk|uitgeschakeld)\b.*",
    r"brak komentarzy\b.*|(?:dodaj|napisz) pierwszy komentarz\b.*|bądź pierwszy\b.*|komentarze (?:są )?wyłączone\b.*|"
    r"komentowanie (?:tego artykułu )?(?:zostało|jest) wyłączone\b.*|der er lukket for kommentarer\b.*|kommentarfunktionen er (?:lukket|slået fra)\b.*|"
    r"det går inte (?:längre )?att kommentera\b.*|komentiranje je (?:onemogućeno|isključeno)\b.*|komentovanie (?:je|bolo) vypnuté\b.*",
    r"inga kommentarer\b.*|ingen kommentarer\b.*|bli (?:först|den første) (?:att|til å) kommentera?\b.*|"
    r"vær den første til at kommentere\b.*|.{0,40}\bikke åpen for kommentarer\b.*",
    r"ei kommentteja\b.*|kommentoi ensimmäisenä\b.*",
    r"žádné komentáře\b.*|zatím žádné komentáře\b.*",
    r"henüz yorum (?:yok|yapılmamış)\b.*|ilk yorumu (?:sen|siz) yap\w*\b.*",
    r"niciun comentariu\b.*|fii primul care comentează\b.*",
    r"(?:még )?nincs(?:enek)? hozzászólás\w*\b.*|legyen ön az első\b.*",
    r"δεν υπάρχουν σχόλια\b.*|γίνετε ο πρώτος\b.*|κανένα σχόλιο\b.*",
    r"belum ada komentar\b.*|jadilah yang pertama\b.*|a cikkhez nem lehet hozzászólni\b.*|"  # (Indonesian, Hungarian)
    r"sigues (?:el primer|la primera) a comentar\b.*|encara no hi ha comentaris\b.*|chưa có (?:ý kiến|bình luận)\b.*",  # (Catalan, Vietnamese)
)

# "Comments are closed", which a closed thread with its comments says as well.
CLOSED_THREAD = _alternatives(
    r"(?:die )?kommentare (?:sind|wurden) geschlossen|(?:die )?kommentarfunktion (?:ist|wurde) geschlossen",
    r"les commentaires sont (?:fermés|clos)",
    r"los comentarios (?:están|se han) cerrad[oa]s",
    r"os comentários (?:estão|foram) (?:fechados|encerrados)",
    r"i commenti sono chiusi",
    r"(?:de )?reacties zijn gesloten",
    r"komentarze (?:są )?zamknięte",
    r"kommentarerna är stängda|kommentarsfältet är stängt|kommentarfeltet er (?:lukket|stengt)",
    r"kommentointi on suljettu",
    r"diskuse (?:je|byla) uzavřena",
    r"yorumlar kapatıl\w*",
    r"comentariile sunt închise",
    r"a hozzászólás lezárva",
    r"τα σχόλια (?:είναι )?κλειστά",
)

# A thread's rules and moderation notes, wherever they stand in the line.
THREAD_RULES = _alternatives(
    r"\bkomentarze (?:są|stanowią) wyłącznie opini\w+\b|\bredakcja nie ponosi odpowiedzialności\b",
    r"\bje moet (?:ingelogd|aangemeld) zijn om te reageren\b|\blees onze huisregels\b",
    r"\bkirjoittamalla hyväksyt\b|\bkeskustelu on avoinna\b|\bkeskustelun säännöt\b",  # (Finnish: the discussion's hours and rules)
    r"\bpara comentar (?:debes|tienes que|es necesario) (?:iniciar sesión|registrarte|estar registrado)\b|\bpara comentar,? (?:inicia sesión|regístrate)\b|"
    r"\bpara comentar (?:é preciso|você precisa) (?:fazer login|estar logado)\b|\bpour commenter,? (?:connectez-vous|vous devez être connecté)\b",
    r"\bkommentare werden (?:vor der veröffentlichung )?(?:moderiert|geprüft)\b|\bles commentaires sont modérés\b|"
    r"\blos comentarios (?:son|están|serán) moderados\b|\bos comentários (?:são|serão) moderados\b|\bi commenti sono moderati\b|"
    r"\breacties worden (?:gemodereerd|gecontroleerd)\b|\bkomentarze są moderowane\b|\bkommentarer (?:modereras|modereres|modereres)\b",
    # (Invision Community's note under "Join the conversation": "You can post now and register later.")
    r"\byou can post now and register later\b|\bdu kan skrive nå og registrere deg senere\b|\bdu kan skriva nu och registrera dig senare\b|"
    r"\bdu kan skrive nu og registrere dig senere\b|\bsie können jetzt schreiben und sich später registrieren\b",
)

# A heading over a list of other stories: the short headlines under it are furniture too.
LIST_HEADINGS = _alternatives(
    r"articoli recenti|articles récents|entradas recientes|posts recentes|artigos recentes|neueste beiträge|recente berichten|najnowsze wpisy|"
    r"lesen sie (?:auch|mehr)|mehr zum thema|das könnte sie (?:auch )?interessieren|meistgelesen\w*|auch interessant|weitere artikel|top-artikel",
    r"(?:à )?lire aussi|sur le même sujet|les plus lus|à découvrir|voir aussi|dans la même rubrique",
    r"lee (?:también|más)|te puede interesar|también te puede interesar|(?:también )?te puede gustar|quizás te interese|lo más leído|más leíd[oa]s|noticias relacionadas|más noticias",
    r"leia (?:também|mais)|veja também|mais lid[oa]s|notícias relacionadas|saiba mais",
    r"leggi anche|(?:i )?più letti|potrebbe interessarti|ti potrebbe interessare|articoli correlati",
    r"lees (?:ook|meer)|meest gelezen|meer nieuws|ook interessant",
    r"czytaj (?:też|także|więcej)|zobacz (?:też|także)|najczęściej czytane|najpopularniejsze|polecane|polecamy",
    r"läs (?:också|även|mer)|mest lästa?(?: i .{1,30}| just nu)?|fler (?:insändare|artiklar|nyheter)|læs også|mest læste|les også|mest lest(?: i .{1,30})?|relaterat|relaterte saker",
    r"lue myös|luetuimmat(?: uutiset)?",
    r"čtěte (?:také|též)|nejčtenější|související články",
    r"(?:bunlar da )?ilginizi çekebilir|en çok okunanlar|benzer haberler|ilgili haberler",
    r"citește și|cele mai citite|articole similare",
    r"ezt is ajánljuk|legolvasottabb|kapcsolódó cikkek",
    r"διαβάστε (?:επίσης|ακόμη)|(?:τα )?πιο δημοφιλή|σχετικά άρθρα",
    r"notícies relacionades|els més llegits|el més llegit|"  # (Catalan)
    r"baca juga|berita terkait|terpopuler|pročitajte (?:i|još)|preberite (?:tudi|še)|prečítajte si (?:aj|tiež)|llegiu també|també et pot interessar",
    # (a forum's "Similar topics" under a thread)
    r"lignende emner|liknande ämnen|lignende emner|ähnliche themen|sujets similaires|temas similares|argomenti simili|"
    r"vergelijkbare onderwerpen|podobne tematy|benzer konular|samankaltaiset aiheet|podobná témata",
    r"【?関連記事】?|こんな記事も読まれています|あわせて読みたい|おすすめ記事|人気記事|관련 ?기사|많이 본 뉴스",  # (Japanese, Korean)
    # ("we recommend" over a list of stories)
    r"priporočamo|preporučujemo|doporučujeme|odporúčame|wir empfehlen|nous recommandons|recomendamos|vi rekommenderar|anbefalet|suosittelemme",
)

# Furniture lines: sharing, subscribing, signing in (to comment), the comment form, sorting and paging a thread,
# advertising labels.
FURNITURE = _alternatives(
    # (Japanese: the sort selector, writing a comment, signing in to comment, an expert's label)
    r"(?:おすすめ|新着|古い|そう思う|人気)順|コメントを(?:書く|投稿する)|コメント投稿|ログイン(?:してコメントする)?|オーサー|"
    # (Vietnamese: signing in to comment, more replies, the sort selector's "most interest | newest")
    r"đăng nhập(?: để (?:gửi ý kiến|bình luận))?\W*|xem thêm(?: trả lời| ý kiến| bình luận)?\W*|"
    r"(?:quan tâm nhất|mới nhất|cũ nhất)(?:\s*[|·]\s*(?:quan tâm nhất|mới nhất|cũ nhất))*",
    r"(?:en yeni|en eski|en çok beğenilen)(?:\s*[|·]\s*(?:en yeni|en eski|en çok beğenilen))*",  # (Turkish sort row)
    # sharing
    r"teilen|partager|compartir|compartilhar|partilhar|condividi|delen|udostępnij|sdílet|paylaş|distribuie|megosztás|κοινοποίηση",
    r"(?:compartir en|enviar por|partager sur|teilen auf|condividi su|compartilhar no|delen op|dela på|del på) (?:facebook|x|twitter|whatsapp|pinterest|linkedin|e-?mail)",
    # (signing in, and the form's consent and send button, in Indonesian and Catalan)
    r"silakan masuk untuk (?:menulis|memberi) komentar\b.*|masuk dengan akun\b.*|accepto la política de privacitat|envia",
    # subscribing
    r"(?:jetzt )?abonnieren|s'abonner|je m'abonne|suscríbete|assine(?: já)?|abbonati|abonneer|prenumerera|tilaa|předplatit|abone ol|abonează-te|előfizetés",
    # signing in, and to comment
    r"anmelden|einloggen|se connecter|connexion|iniciar sesión|accedi|inloggen|zaloguj się|logga in|log ind|logg inn|kirjaudu(?: sisään)?|"
    r"přihlásit se|giriş yap|autentificare|bejelentkezés|σύνδεση",
    r"(?:melden sie sich an|loggen sie sich ein|bitte (?:anmelden|einloggen)),? um (?:zu kommentieren|kommentieren zu können|mitzudiskutieren)\b.*|"
    r"connectez-vous pour (?:commenter|réagir)\b.*|inicia sesión para comentar\b.*|(?:faça login|entre) para comentar\b.*|accedi per commentare\b.*|"
    r"log in om te reageren\b.*|zaloguj się,? aby (?:dodać komentarz|komentować)\b.*|logga in för att kommentera\b.*|log ind for at kommentere\b.*|"
    r"logg inn for å kommentere\b.*|kirjaudu sisään kommentoidaksesi\b.*|yorum yapmak için giriş yap\w*\b.*|yorum yapabilmek için giriş yap\w*\b.*",
    # (commenting open to subscribers only: "Komentiranje je omogočeno samo naročnikom.", "Comments are for subscribers only")
    r".{0,60}\b(?:only|samo|pouze|jen|tylko|nur|seulement|réservée?s? aux|solo|sólo|apenas|endast|bara|alleen|kun)\b.{0,30}"
    r"\b(?:subscribers|naročnik\w*|pretplatni\w*|předplatitel\w*|prenumerator\w*|abonnent\w*|abonnés|suscriptor\w*|assinantes|abbonati|"
    r"prenumeranter|abonnees)\b.*",
    # the comment form
    # (and Disqus's "Join the discussion" as it is translated)
    r"diskutieren sie mit\W*|rejoindre la discussion\W*|únete a la discusión\W*|participe da discussão\W*|partecipa alla discussione\W*|"
    r"doe mee aan de discussie\W*|dołącz do dyskusji\W*|alătură-te discuției\W*|csatlakozz a beszélgetéshez\W*|"
    r"plaats een reactie\W*|bli med i (?:samtalen|diskusjonen)\W*|delta i (?:samtalen|diskussionen|debatten)\W*|deltag i debatten\W*|"
    # (a forum's box to reply to the topic: "Reply to this topic...")
    r"reply to this (?:topic|thread)\W*|svar på dette emnet\W*|svara på detta ämne\W*|svar på dette emne\W*|auf dieses thema antworten\W*|"
    r"répondre à ce sujet\W*|responder a este tema\W*|rispondi a questa discussione\W*|odpowiedz w tym temacie\W*|"
    r"invia commento|publier le commentaire|publicar comentario|publicar comentário|kommentar abschicken|reactie plaatsen|opublikuj komentarz|"
    r"dodaj komentar\W*|prikaži (?:još|sve) (?:odgovora|komentare)|prikaži više|najnovije|najstarije|"
    r"tulis komentar\W*|lihat \d+ balasan|napišite komentar|napíšte komentár|napišite komentar|escriu un comentari|"
    r"skriv et indlæg|skriv en kommentar|skriv ein kommentar|"
    r"legg til en kommentar|lägg till en kommentar|tilføj en kommentar|lisää kommentti|aggiungi un commento|voeg een reactie toe|"
    r"agrega un comentario|adicione um comentário|yorum ekle|.{0,30}\bfacebook\b.{0,30}\bplugin\b.{0,10}|.{0,30}\bplugin\b.{0,30}\bfacebook\b.{0,10}|"
    r"(?:ihr )?kommentar(?: schreiben)?|kommentieren|(?:votre|ajouter un|écrire un|laisser un) commentaire|"
    r"(?:escribe|deja|añade) (?:un|tu) comentario|tu comentario|(?:escreva|deixe) (?:um|seu) comentário|seu comentário|"
    r"(?:scrivi|lascia) un commento|il tuo commento|(?:schrijf|plaats) een reactie|jouw reactie|(?:napisz|dodaj) komentarz|"
    r"skriv en kommentar|kirjoita kommentti|napsat komentář|yorum yaz|yorumunuzu yazın|(?:scrie|adaugă) un comentariu|írjon hozzászólást|"
    r"absenden|senden|envoyer|enviar|publicar|invia|pubblica|verstuur|plaatsen|wyślij|skicka|lähetä|odeslat|gönder|trimite",
    # sorting and paging the thread
    r"sortiraj(?: po)?.*|razvrsti.*|zoradiť.*|"
    r"sortieren nach.*|trier par.*|ordenar por.*|ordina per.*|sorteer op.*|sortuj.*|sortera.*|sorter etter.*|järjestä.*|řadit.*|sırala.*|sortează.*|rendezés.*|"
    r"neueste|älteste|beliebteste|plus récents|plus anciens|más recientes|más antiguos|mais recentes|mais antigos|più recenti|"
    r"nieuwste|oudste|najnowsze|najstarsze|nyaste|äldsta|nyeste|eldste|uusimmat(?: ensin)?|vanhimmat(?: ensin)?|nejnovější|nejstarší",
    r"(?:mehr|weitere) kommentare(?: laden| anzeigen)?|(?:afficher|voir|charger) plus de commentaires|(?:cargar|ver) más comentarios|"
    r"(?:carregar|ver) mais(?: comentários)?|(?:carica|mostra) altri commenti|meer reacties(?: laden| tonen)?|pokaż więcej(?: komentarzy)?|"
    r"visa fler(?: kommentarer)?|vis flere(?: kommentarer)?|näytä lisää(?: kommentteja)?|načíst další|daha fazla yorum|încarcă mai multe|több hozzászólás",
    # advertising labels
    r"anzeige|werbung|publicité|publicidad|publicidade|pubblicità|advertentie|reklama|annons|annonce|annonse|reklame|mainos|reklam|reclamă|"
    r"hirdetés|διαφήμιση",
)

# An action under a comment, in a row of them ("Antworten · Melden", "Rispondi | Segnala", "Gefällt mir (3)").
ACTION_WORDS = _alternatives(
    r"antworten|melden|zitieren|gefällt mir|j'aime|liker|lik|vind ik leuk|reportar|curtir|rispondi|segnala|mi piace|reageer|beantwoorden|rapporteer|"
    r"odpowiedz|zgłoś|lubię to|svara|svar|rapportera|gilla|anmäl|anmeld|rapporter|synes godt om|vastaa|ilmianna|ilmoita asiaton viesti|tykkää|"
    r"odpovědět|nahlásit|odpovedať|nahlásiť|odgovori|prijavi|respon|balas|suka|sviđa mi se|páči sa mi|všeč mi je|"
    r"yanıtla|cevapla|şikayet et|beğen|răspunde|raportează|válasz|jelentés|tetszik|απάντηση|αναφορά",
    # (a forum post's "Quote")
    r"siter|citer|citera|citér|citar|citare|citeren|cytuj|citovat|citovať|lainaa|alıntı|alıntıla|citează|idéz|цитировать|цитата",
    r"thích|trả lời|báo cáo|báo vi phạm",  # (Vietnamese)
    r"waardering|meld misbruik|reageer",  # (Dutch: a rating's count, "report abuse", "react")
    r"共感した|なるほど|うーん|返信(?:する)?\d*|いいね|通報(?:する)?|違反報告|답글|신고|좋아요",  # (Japanese and Korean)
    # (Russian and Ukrainian: LiveJournal's "Ответить · Родительский · Ветвь дискуссии", a thread's like and report)
    r"ответить|родительский|ветвь дискуссии|свернуть|развернуть|пожаловаться|нравится|відповісти|поскаржитися|подобається",
)

# "All rights reserved" and a cookie banner's first words: boilerplate however long the line.
LEGAL_LEADS = _alternatives(
    r"alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|todos os direitos reservados|tutti i diritti riservati|"
    r"alle rechten voorbehouden|wszelkie prawa zastrzeżone|alla rättigheter förbehållna|kaikki oikeudet pidätetään|všechna práva vyhrazena|"
    r"tüm hakları saklıdır|toate drepturile rezervate|minden jog fenntartva",
    r"(?:diese|unsere) (?:web)?seite (?:verwendet|nutzt) cookies|(?:ce|notre) site utilise des cookies|este (?:sitio|site)(?: web)? utiliza cookies|"
    r"questo sito (?:web )?utilizza (?:i )?cookie|deze (?:web)?site gebruikt cookies|(?:ta|nasza) strona (?:korzysta z|używa) (?:plików )?cookie|"
    r"(?:den här|denna) webbplats använder cookies",
    # (WordPress's comment form in other languages: "Il tuo indirizzo email non sarà pubblicato.")
    r"il tuo indirizzo email non sarà pubblicato|votre adresse e-mail ne sera pas publiée|tu dirección de correo electrónico no será publicada|"
    r"o seu endereço de e-?mail não será publicado|ihre e-mail-adresse wird nicht veröffentlicht|je e-mailadres wordt niet gepubliceerd|"
    r"guarda mi nombre, correo electrónico|salvar meus dados neste navegador|salva il mio nome, email|enregistrer mon nom, mon e-mail|"
    r"meinen namen, meine e-mail-adresse und meine website in diesem browser speichern|"
    r"twój adres e-?mail nie zostanie opublikowany",
)
