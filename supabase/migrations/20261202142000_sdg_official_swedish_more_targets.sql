-- Thirteen more Swedish target texts in the official wording of the Government Offices'
-- translation of the 2030 Agenda, each as Statistics Sweden publishes it on its page for the
-- target (scb.se, Agenda 2030 – globala målen, "Delmål …"). Statistics Sweden prints 16.a's text on
-- the page headed 16.10; its wording is unmistakably 16.a's, so it goes there. 5.a gets the full
-- stop the published text lacks and every other target has. Only Swedish columns change.

update public.sdg_targets as target
set text_sv = official.text_sv
from (values
  ('3.a', 'Stärka genomförandet av Världshälsoorganisationens ramkonvention om tobakskontroll i alla länder, där så är lämpligt.'),
  ('3.d', 'Stärka alla länders, i synnerhet utvecklingsländernas, kapacitet när det gäller tidig varning, riskreducering och hantering av nationella och globala hälsorisker.'),
  ('5.a', 'Genomföra reformer för att ge kvinnor lika rätt till ekonomiska resurser, möjlighet att äga och kontrollera mark och andra former av egendom samt tillgång till finansiella tjänster, arv och naturresurser, i enlighet med nationell lagstiftning.'),
  ('8.3', 'Främja utvecklingsinriktad politik som stöder produktiv verksamhet, skapande av anständiga arbetstillfällen, företagande, kreativitet och innovation samt uppmuntra att mikroföretag liksom små och medelstora företag växer och blir en del av den formella ekonomin, bland annat genom tillgång till finansiella tjänster.'),
  ('9.3', 'Öka tillgången för småskaliga industriföretag och andra företag, i synnerhet i utvecklingsländerna, till finansiella tjänster, inklusive överkomliga krediter, samt deras integrering i värdekedjor och marknader.'),
  ('10.5', 'Förbättra regleringen och övervakningen av globala finansmarknader och finansinstitut samt stärka genomförandet av sådana regleringar.'),
  ('10.c', 'Senast 2030 minska transaktionskostnaderna för migranters remitteringar till mindre än 3 procent samt avskaffa remitteringskorridorer där kostnaderna överstiger 5 procent.'),
  ('12.c', 'Rationalisera ineffektiva subventioner av fossila bränslen som uppmuntrar till slösaktig konsumtion genom att undanröja snedvridningar på marknaden, i enlighet med nationella förhållanden. Detta kan till exempel omfatta att omstrukturera beskattningen och avveckla eventuella skadliga subventioner för att avspegla deras effekter på miljön. En sådan politik måste ta full hänsyn till utvecklingsländernas särskilda behov och förhållanden och minimera eventuella negativa effekter på deras utveckling på ett sätt som skyddar de fattiga och de berörda samhällena.'),
  ('15.6', 'Främja en rimlig och rättvis fördelning av den nytta som uppstår vid användning av genetiska resurser samt lämpligt tillträde till sådana resurser, i enlighet med internationella avtal.'),
  ('15.7', 'Vidta omedelbara åtgärder för att stoppa tjuvjakt på och handel med skyddade djur- och växtarter och inrikta åtgärderna på både utbudet av och efterfrågan på olagliga produkter från vilda djur och växter.'),
  ('16.a', 'Stärka berörda nationella institutioner, bland annat genom internationellt samarbete, i syfte att bygga upp kapacitet på alla nivåer, i synnerhet i utvecklingsländerna, för att förebygga våld och bekämpa terrorism och brottslighet.'),
  ('16.b', 'Verka för och genomdriva icke-diskriminerande lagstiftning och politik för en hållbar utveckling.'),
  ('17.12', 'Se till att alla de minst utvecklade länderna inom fastställda tidsramar bereds varaktigt tull- och kvotfritt marknadstillträde, i överensstämmelse med Världshandelsorganisationens beslut, inklusive genom att säkerställa att preferentiella ursprungsregler som gäller för import från de minst utvecklade länderna är genomblickbara och enkla, samt bidra till att underlätta marknadstillträde.')
) as official (id, text_sv)
where target.id = official.id;
