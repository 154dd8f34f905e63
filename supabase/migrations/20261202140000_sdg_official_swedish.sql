-- The Swedish texts of the SDG catalogue in the official wording of the Government Offices'
-- translation of the 2030 Agenda ("Transformera vår värld: Agenda 2030 för hållbar utveckling"),
-- as Statistics Sweden publishes it per target, where the first catalogue paraphrased: goal 3's
-- short title, the titles of goals 4, 15 and 16, and the targets below. Only Swedish columns change.

update public.sdg_goals set short_title_sv = 'Hälsa och välbefinnande' where id = 3;
update public.sdg_goals set title_sv = 'Säkerställa en inkluderande och likvärdig utbildning av god kvalitet och främja livslångt lärande för alla' where id = 4;
update public.sdg_goals
set title_sv = 'Skydda, återställa och främja ett hållbart nyttjande av landbaserade ekosystem, hållbart bruka skogar, bekämpa ökenspridning, hejda och vrida tillbaka markförstöringen samt hejda förlusten av biologisk mångfald'
where id = 15;
update public.sdg_goals
set title_sv = 'Främja fredliga och inkluderande samhällen för hållbar utveckling, tillhandahålla tillgång till rättvisa för alla samt bygga upp effektiva, och inkluderande institutioner med ansvarsutkrävande på alla nivåer'
where id = 16;

update public.sdg_targets as target
set text_sv = official.text_sv
from (values
  ('1.1', 'Senast 2030 avskaffa den extrema fattigdomen för alla människor överallt. Med extrem fattigdom avses för närvarande människor som lever på mindre än 1,25 US-dollar per dag.'),
  ('1.2', 'Till 2030 minst halvera den andel män, kvinnor och barn i alla åldrar som lever i någon form av fattigdom enligt nationella definitioner.'),
  ('1.3', 'Införa nationellt lämpliga system och åtgärder för socialt skydd för alla, inklusive grundskydd, och senast 2030 säkerställa att de omfattar en väsentlig andel av de fattiga och de utsatta.'),
  ('1.4', 'Senast 2030 säkerställa att alla män och kvinnor, i synnerhet de fattiga och de utsatta, har lika rätt till ekonomiska resurser, tillgång till grundläggande tjänster, möjlighet att äga och kontrollera mark och andra former av egendom samt tillgång till arv, naturresurser, lämplig ny teknik och finansiella tjänster, inklusive mikrokrediter.'),
  ('1.5', 'Till 2030 bygga upp motståndskraften hos de fattiga och människor i utsatta situationer och minska deras utsatthet och sårbarhet för extrema klimatrelaterade händelser och andra ekonomiska, sociala och miljömässiga chocker och katastrofer.'),
  ('1.a', 'Säkra en betydande resursmobilisering från en mängd olika källor, inklusive genom ökat utvecklingssamarbete, i syfte att ge utvecklingsländerna, i synnerhet de minst utvecklade länderna, tillräckliga och förutsebara medel för att genomföra program och politik för att avskaffa all form av fattigdom.'),
  ('1.b', 'Upprätta sunda policyramverk på nationell, regional och internationell nivå på grundval av utvecklingsstrategier som stödjer de fattiga och tar hänsyn till jämställdhetsaspekter, för att stödja ökade investeringar i åtgärder för att avskaffa fattigdom.'),
  ('2.1', 'Senast 2030 avskaffa hunger och garantera alla människor, i synnerhet de fattiga och människor i utsatta situationer, inklusive små barn, tillgång till tillräckligt med säker och näringsrik mat året om.'),
  ('2.2', 'Senast 2030 avskaffa alla former av undernäring, bland annat genom att senast 2025 nå de internationellt överenskomna målen i fråga om tillväxthämning och undervikt bland barn under fem år, samt tillgodose tonårsflickors, gravida och ammande kvinnors samt äldre personers näringsbehov.'),
  ('3.1', 'Till 2030 minska mödradödligheten i världen till mindre än 70 dödsfall per 100 000 förlossningar med levande barn.'),
  ('3.2', 'Senast 2030 säkerställa att inga spädbarn eller barn under fem år dör av orsaker som hade kunnat förebyggas. Alla länder bör sträva efter att minska den neonatala dödligheten till högst tolv dödsfall per 1 000 levande födda och dödligheten bland barn under fem år till högst 25 dödsfall per 1 000 levande födda.'),
  ('4.1', 'Senast 2030 säkerställa att alla flickor och pojkar fullbordar avgiftsfri och likvärdig grundskole- och gymnasieutbildning av god kvalitet som leder till relevanta och ändamålsenliga kunskaper.'),
  ('4.2', 'Senast 2030 säkerställa att alla flickor och pojkar har tillgång till förskola av god kvalitet som ger omvårdnad och förbereder dem för att börja grundskolan.'),
  ('4.3', 'Senast 2030 säkerställa alla kvinnor och män lika tillgång till yrkesutbildning och eftergymnasial utbildning, inklusive högskoleutbildning, av god kvalitet till en överkomlig kostnad.'),
  ('5.1', 'Avskaffa alla former av diskriminering av alla kvinnor och flickor överallt.'),
  ('5.2', 'Avskaffa alla former av våld mot alla kvinnor och flickor i det offentliga och privata rummet, inklusive människohandel, sexuellt utnyttjande och andra typer av exploatering.'),
  ('5.3', 'Avskaffa alla skadliga sedvänjor, såsom barnäktenskap, tidiga äktenskap och tvångsäktenskap samt kvinnlig könsstympning.'),
  ('5.4', 'Erkänna och värdesätta obetalt omsorgs- och hushållsarbete genom att tillhandahålla offentliga tjänster, infrastruktur och socialt skydd samt genom att främja delat ansvar inom hushållet och familjen, i enlighet med vad som är nationellt lämpligt.'),
  ('5.5', 'Säkerställa att kvinnor fullt ut och på lika villkor kan delta och har samma möjligheter till ledarskap på alla beslutsnivåer i det politiska, ekonomiska och offentliga livet.'),
  ('6.1', 'Senast 2030 uppnå allmän och rättvis tillgång till säkert och ekonomiskt överkomligt dricksvatten för alla.'),
  ('6.2', 'Senast 2030 säkerställa att alla har tillgång till fullgod och rättvis sanitet och hygien och att ingen behöver uträtta sina behov utomhus. Särskild uppmärksamhet bör ägnas åt behoven hos kvinnor och flickor samt människor i utsatta situationer.'),
  ('7.1', 'Senast 2030 säkerställa allmän tillgång till ekonomiskt överkomliga, tillförlitliga och moderna energitjänster.'),
  ('7.2', 'Till 2030 väsentligen öka andelen förnybar energi i den globala energimixen.'),
  ('7.3', 'Till 2030 fördubbla den globala förbättringstakten vad gäller energieffektivitet.'),
  ('7.a', 'Till 2030 stärka det internationella samarbetet för att underlätta tillgång till forskning och teknik inom ren energi, inklusive förnybar energi, energieffektivitet samt avancerad och renare fossilbränslebaserad teknik, samt främja investeringar i energiinfrastruktur och ren energiteknik.'),
  ('8.1', 'Upprätthålla ekonomisk tillväxt per capita i enlighet med nationella förhållanden och i synnerhet en BNP-tillväxt på minst 7 procent per år i de minst utvecklade länderna.'),
  ('8.2', 'Uppnå högre ekonomisk produktivitet genom diversifiering, teknisk uppgradering och innovation, bland annat genom att fokusera på sektorer med högt förädlingsvärde och hög arbetsintensitet.'),
  ('9.1', 'Bygga ut tillförlitlig, hållbar och motståndskraftig infrastruktur av hög kvalitet, inklusive regional och gränsöverskridande infrastruktur, för att stödja ekonomisk utveckling och människors välbefinnande, med fokus på ekonomiskt överkomlig och rättvis tillgång för alla.'),
  ('10.1', 'Till 2030 successivt uppnå och upprätthålla en inkomsttillväxt högre än det nationella genomsnittet för de 40 procent av befolkningen som har lägst inkomst.'),
  ('10.2', 'Till 2030 möjliggöra och verka för att alla människors, oavsett ålder, kön, funktionsnedsättning, ras, etnicitet, ursprung, religion eller ekonomisk eller annan ställning, blir inkluderade i det sociala, ekonomiska och politiska livet.'),
  ('10.3', 'Säkerställa lika möjligheter och minska förekomsten av ojämlika utfall, bland annat genom att avskaffa diskriminerande lagstiftning, politik och praxis och främja lagstiftning, politik och åtgärder av lämpligt slag i detta hänseende.'),
  ('10.4', 'Besluta om politik, särskilt finans-, löne- och socialskyddspolitik, och successivt uppnå ökad jämlikhet.'),
  ('11.1', 'Senast 2030 säkerställa tillgång för alla till fullgoda, säkra och ekonomiskt överkomliga bostäder och grundläggande tjänster samt rusta upp slumområden.'),
  ('11.3', 'Till 2030 verka för en inkluderande och hållbar urbanisering samt förbättra kapaciteten för deltagandebaserad, integrerad och hållbar planering och förvaltning av bosättningar i alla länder.'),
  ('11.6', 'Till 2030 minska städernas negativa miljöpåverkan per person, bland annat genom att ägna särskild uppmärksamhet åt luftkvalitet samt hantering av kommunalt och annat avfall.'),
  ('12.1', 'Genomföra det tioåriga ramverket för hållbara konsumtions- och produktionsmönster. Alla länder vidtar åtgärder, med de utvecklade länderna i täten och med hänsyn tagen till utvecklingsländernas utveckling och förutsättningar.'),
  ('12.2', 'Senast 2030 uppnå en hållbar förvaltning och ett effektivt nyttjande av naturresurser.'),
  ('12.3', 'Till 2030, halvera det globala matsvinnet per person i butik- och konsumentledet, och minska matsvinnet längs hela livsmedelskedjan, även förlusterna efter skörd.'),
  ('12.4', 'Senast 2020 uppnå miljövänlig hantering av kemikalier och alla typer av avfall under hela deras livscykel, i enlighet med överenskomna internationella ramverket, samt avsevärt minska utsläppen av dem i luft, vatten och mark i syfte att minimera deras negativa konsekvenser för människors hälsa och miljön.'),
  ('12.5', 'Till 2030 väsentligt minska mängden avfall genom åtgärder för att förebygga, minska, återanvända och återvinna avfall.'),
  ('12.6', 'Uppmuntra företag, särskilt stora och multinationella företag, att införa hållbara metoder och att integrera hållbarhetsinformation i sin rapporteringscykel.'),
  ('12.7', 'Främja hållbara offentliga upphandlingsmetoder, i enlighet med nationell politik och nationella prioriteringar.'),
  ('12.8', 'Senast 2030 säkerställa att människor överallt har den information och medvetenhet som behövs för en hållbar utveckling och livsstilar i harmoni med naturen.'),
  ('13.1', 'Stärka motståndskraften mot och förmågan till anpassning till klimatrelaterade faror och naturkatastrofer i alla länder.'),
  ('13.2', 'Integrera klimatåtgärder i politik, strategier och planering på nationell nivå.'),
  ('14.1', 'Till 2025 förebygga och avsevärt minska alla slags föroreningar i havet, i synnerhet från landbaserad verksamhet, inklusive marint skräp och tillförsel av näringsämnen.'),
  ('14.2', 'Senast 2020 förvalta och skydda marina och kustnära ekosystem på ett hållbart sätt för att undvika betydande negativa konsekvenser, bland annat genom att stärka deras motståndskraft, samt vidta åtgärder för att återställa dem i syfte att uppnå friska och produktiva hav.'),
  ('15.1', 'Till 2020 bevara, återställa och hållbart använda ekosystem på land och i sötvatten och deras ekosystemtjänster, särskilt skogar, våtmarker, berg och torra områden, i enlighet med de skyldigheter som anges i internationella överenskommelser.'),
  ('15.2', 'Till 2020 främja genomförandet av hållbart brukande av alla typer av skogar, stoppa avskogningen, återställa utarmade skogar och kraftigt öka nybeskogningen och återbeskogningen i hela världen.'),
  ('16.1', 'Avsevärt minska alla former av våld och dödligt våld överallt.'),
  ('16.2', 'Eliminera övergrepp, utnyttjande, människohandel och alla former av våld eller tortyr mot barn.'),
  ('16.3', 'Främja rättssäkerheten på nationell och internationell nivå samt säkerställa lika tillgång till rättvisa för alla.'),
  ('16.4', 'Till 2030 avsevärt minska de olagliga finansiella flödena och vapenflödena, öka möjligheterna att återvinna och återfå stulna tillgångar samt bekämpa alla former av organiserad brottslighet.'),
  ('16.5', 'Väsentligt minska alla former av korruption och mutor.'),
  ('16.6', 'Bygga upp effektiva och transparenta institutioner med ansvarsutkrävande på alla nivåer.'),
  ('17.1', 'Stärka den inhemska resursmobiliseringen, inklusive genom internationellt stöd till utvecklingsländerna, för att förbättra den inhemska kapaciteten att ta upp skatter och andra intäkter.')
) as official (id, text_sv)
where target.id = official.id;
