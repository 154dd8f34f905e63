-- More Swedish target texts in the official wording of the Government Offices' translation of the
-- 2030 Agenda ("Transformera vår värld: Agenda 2030 för hållbar utveckling"), where the catalogue
-- still paraphrased. Each text is the one Statistics Sweden publishes on its page for the target
-- (scb.se, Agenda 2030 – globala målen, "Delmål …"); 4.7, for which no such page was at hand, as
-- it is quoted word for word by others citing the agreed text. Goal 9's title likewise follows
-- Statistics Sweden and globalamalen.se. Targets not listed keep their text until a source
-- confirms the official one. Only Swedish columns change.

update public.sdg_goals
set title_sv = 'Bygga motståndskraftig infrastruktur, verka för en inkluderande och hållbar industrialisering samt främja innovation'
where id = 9;

update public.sdg_targets as target
set text_sv = official.text_sv
from (values
  ('2.3', 'Till 2030 fördubbla jordbrukets produktivitet och inkomster för småskaliga livsmedelsproducenter, i synnerhet kvinnor, ursprungsfolk, familjejordbrukare, boskapsskötande nomader samt fiskare, inklusive genom säker och lika tillgång till mark, andra produktionsresurser och insatsvaror, kunskap, finansiella tjänster och marknader samt möjligheter till värdeskapande och sysselsättning utanför jordbruket.'),
  ('2.4', 'Senast 2030 uppnå hållbara system för livsmedelsproduktion samt införa motståndskraftiga jordbruksmetoder som ökar produktiviteten och produktionen, som bidrar till att upprätthålla ekosystemen, som stärker förmågan till anpassning till klimatförändringar, extrema väderförhållanden, torka, översvämning och andra katastrofer och som successivt förbättrar mark- och jordkvaliteten.'),
  ('2.5', 'Senast 2020 upprätthålla den genetiska mångfalden av fröer, odlade växter, produktionsdjur och tamdjur samt deras besläktade vilda arter, bland annat med hjälp av välskötta och diversifierade frö- och växtbanker på nationell, regional och internationell nivå. Främja tillträde till samt rimlig och rättvis fördelning av de fördelar som uppstår vid användning av genetiska resurser och därmed förknippad traditionell kunskap, i enlighet med internationella avtal.'),
  ('3.3', 'Senast 2030 utrota epidemierna av aids, tuberkulos, malaria och försummade tropiska sjukdomar samt bekämpa hepatit, vattenburna sjukdomar och andra smittsamma sjukdomar.'),
  ('3.4', 'Till 2030 genom förebyggande insatser och behandling minska det antal människor som dör i förtid av icke smittsamma sjukdomar med en tredjedel samt främja psykisk hälsa och välbefinnande.'),
  ('3.5', 'Stärka insatserna för att förebygga och behandla drogmissbruk, inklusive narkotikamissbruk och skadligt alkoholbruk.'),
  ('3.6', 'Till 2020 halvera antalet dödsfall och skador i vägtrafikolyckor i världen.'),
  ('3.7', 'Senast 2030 säkerställa att alla har tillgång till sexuell och reproduktiv hälsovård, inklusive familjeplanering, information och utbildning, och att reproduktiv hälsa integreras i nationella strategier och program.'),
  ('3.8', 'Åstadkomma allmän hälso- och sjukvård för alla, som även skyddar mot ekonomisk risk, tillgång till grundläggande hälso- och sjukvård av god kvalitet liksom tillgång till säkra, effektiva och ekonomiskt överkomliga grundläggande läkemedel och vaccin av god kvalitet.'),
  ('3.9', 'Till 2030 väsentligt minska antalet döds- och sjukdomsfall till följd av skadliga kemikalier samt föroreningar och kontaminering av luft, vatten och mark.'),
  ('4.6', 'Senast 2030 säkerställa att alla ungdomar och en väsentlig andel av alla vuxna – både män och kvinnor – lär sig läsa, skriva och räkna.'),
  ('4.7', 'Senast 2030 säkerställa att alla studerande får de kunskaper och färdigheter som behövs för att främja en hållbar utveckling, bland annat genom utbildning för hållbar utveckling och hållbara livsstilar, mänskliga rättigheter, jämställdhet, främjande av en kultur av fred, icke-våld och globalt medborgarskap samt värdesättande av kulturell mångfald och kulturens bidrag till hållbar utveckling.'),
  ('5.6', 'Säkerställa allmän tillgång till sexuell och reproduktiv hälsa och reproduktiva rättigheter i enlighet med överenskommelserna i handlingsprogrammet från den internationella konferensen om befolkning och utveckling, Pekingplattformen samt slutdokumenten från respektive översynskonferenser.'),
  ('6.3', 'Till 2030 förbättra vattenkvaliteten genom att minska föroreningar, stoppa dumpning och minimera utsläpp av farliga kemikalier och material, halvera andelen obehandlat avloppsvatten och väsentligt öka återvinningen och en säker återanvändning globalt.'),
  ('6.4', 'Till 2030 väsentligt effektivisera vattenanvändningen inom alla sektorer samt säkerställa hållbara uttag och en hållbar försörjning med sötvatten för att angripa vattenbristen och väsentligt minska det antal människor som lider av vattenbrist.'),
  ('8.4', 'Fram till 2030 successivt förbättra den globala resurseffektiviteten i konsumtionen och produktionen samt sträva efter att bryta sambandet mellan ekonomisk tillväxt och miljöförstöring, i enlighet med det tioåriga ramverket för hållbar konsumtion och produktion, med de utvecklade länderna i täten.'),
  ('8.5', 'Senast 2030 uppnå full och produktiv sysselsättning med anständiga arbetsvillkor för alla kvinnor och män, inklusive ungdomar och personer med funktionsnedsättning, samt lika lön för likvärdigt arbete.'),
  ('8.7', 'Vidta omedelbara och effektiva åtgärder för att avskaffa tvångsarbete, modernt slaveri och människohandel och säkra att de värsta formerna av barnarbete, inklusive rekrytering och användning av barnsoldater, förbjuds och upphör. Avskaffa alla former av barnarbete senast 2025.'),
  ('8.8', 'Skydda arbetstagarnas rättigheter och främja en trygg och säker arbetsmiljö för alla arbetstagare, inklusive arbetskraftsinvandrare, i synnerhet kvinnliga migranter, och människor i otrygga anställningar.'),
  ('9.2', 'Verka för en inkluderande och hållbar industrialisering. Till 2030 avsevärt öka industrins andel av sysselsättning och BNP, i enlighet med nationella förhållanden, och fördubbla denna andel i de minst utvecklade länderna.'),
  ('9.5', 'Förbättra forskningen och industrisektorernas tekniska kapacitet i alla länder, i synnerhet utvecklingsländerna, bland annat genom att till 2030 uppmuntra innovation och väsentligt öka det antal personer som arbetar med forskning och utveckling per 1 miljon människor liksom de offentliga och privata utgifterna för forskning och utveckling.'),
  ('10.7', 'Underlätta en ordnad, säker, reglerad och ansvarsfull migration och rörlighet av personer, inklusive genom planerad och väl fungerande migrationspolitik.'),
  ('11.2', 'Senast 2030 tillhandahålla tillgång till säkra, ekonomiskt överkomliga, tillgängliga och hållbara transportsystem för alla. Förbättra trafiksäkerheten, särskilt genom att bygga ut kollektivtrafiken, med särskild uppmärksamhet på behoven hos människor i utsatta situationer, kvinnor, barn, personer med funktionsnedsättning samt äldre personer.'),
  ('11.7', 'Senast 2030 tillhandahålla universell tillgång till säkra, inkluderande och tillgängliga grönområden och offentliga platser, i synnerhet för kvinnor och barn, äldre personer och personer med funktionsnedsättning.'),
  ('14.4', 'Senast 2020 införa en effektiv fångstreglering och stoppa överfiske, olagligt, orapporterat och oreglerat fiske liksom destruktiva fiskemetoder samt genomföra vetenskapligt baserade förvaltningsplaner i syfte att återställa fiskbestånden så snabbt som möjligt, åtminstone till de nivåer som kan producera maximalt hållbart uttag, fastställt utifrån deras biologiska egenskaper.'),
  ('14.5', 'Senast 2020 skydda minst 10 procent av kust- och havsområdena, i överensstämmelse med nationell och internationell rätt och på grundval av bästa tillgängliga vetenskapliga rön.'),
  ('14.6', 'Senast 2020 förbjuda vissa former av fiskesubventioner som bidrar till överkapacitet och överfiske, avskaffa subventioner som bidrar till olagligt, orapporterat och oreglerat fiske och avstå från att införa nya sådana subventioner, med erkännande av att en ändamålsenlig och effektiv särskild och differentierad behandling av utvecklingsländerna och de minst utvecklade länderna bör vara en integrerad del av förhandlingarna om fiskesubventioner i Världshandelsorganisationen.'),
  ('14.b', 'Säkerställa tillträde för småskaliga icke-industriella fiskare till marina resurser och marknader.'),
  ('15.5', 'Vidta omedelbara och betydande åtgärder för att minska förstörelsen av naturliga livsmiljöer, hejda förlusten av biologisk mångfald och senast 2020 skydda och förebygga utrotning av hotade arter.'),
  ('15.8', 'Senast 2020 införa åtgärder för att förhindra införseln av invasiva främmande arter och avsevärt minska deras påverkan på land- och vattenekosystem samt kontrollera eller utrota prioriterade arter.'),
  ('17.2', 'De utvecklade länderna ska fullt ut fullfölja sina åtaganden i fråga om offentligt utvecklingsbistånd, inklusive många utvecklade länders åtagande att nå målet att ge 0,7 procent av BNI till utvecklingsländer och 0,15–0,20 procent av BNI till de minst utvecklade länderna. De länder som ger offentligt utvecklingsbistånd uppmanas att överväga att fastställa ett mål om att ge minst 0,20 procent av BNI till de minst utvecklade länderna.')
) as official (id, text_sv)
where target.id = official.id;
