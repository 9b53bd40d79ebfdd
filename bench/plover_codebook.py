"""PLOVER type accuracy on invented wire-style sentences, one or more per CAMEO code.

Run: python bench/plover_codebook.py [--show-errors] [--sets dev,check,dev2,check3]

Development data written by us for this project (not copied from any source): for
each CAMEO 1.1b3 code family we wrote sentences in the style of wire reports, using
the verbs and nouns the CAMEO codebook's definitions name for that code, and label
them with the PLOVER 2021 type that the PLOVER conversion table (CAMEO2PLOVER,
Schrodt 2021) gives the code. The sentences were written before the lexicon was
checked against them; they test coverage of the codebook's vocabulary, not the
GSR records. Scored like bench/plover_gsr.py: each sentence through
storyline.annotate, its ``coding``.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from storyline.model import Article  # noqa: E402

# (CAMEO code, PLOVER 2021 type, sentence)
SENTENCES = [
    # 02 appeal -> REQUEST
    ("020", "REQUEST", "The Red Cross appealed on Monday to both armies to spare civilians in the besieged city."),
    ("021", "REQUEST", "Nepal asked India for fuel shipments after the border crossing was closed."),
    ("023", "REQUEST", "Flood-hit provinces requested emergency food supplies from the central government."),
    ("024", "REQUEST", "Opposition lawmakers urged the president to dissolve the cabinet."),
    ("026", "REQUEST", "The tribal elders pleaded with the army commander to free the detained villagers."),
    ("028", "REQUEST", "Sudan sought Egyptian mediation in its border row with Eritrea."),
    # 03 intent to cooperate -> AGREE
    ("030", "AGREE", "Ghana and Togo pledged to cooperate in fighting cross-border smuggling."),
    ("031", "AGREE", "Brazil promised to open its ports to Argentine grain exports next year."),
    ("033", "AGREE", "Japan offered 20 million dollars in reconstruction aid to the quake-stricken region."),
    ("033", "AGREE", "The World Bank said it would lend Kenya 300 million dollars for road building."),
    ("035", "AGREE", "The junta announced it would release all political prisoners by the end of the month."),
    ("036", "AGREE", "The rebel commander said he was willing to meet government envoys in Geneva."),
    ("036", "AGREE", "Seoul accepted Pyongyang's invitation to resume high-level talks."),
    ("037", "AGREE", "Both factions committed themselves to a peaceful settlement of the dispute."),
    ("039", "AGREE", "Norway offered to mediate between the government and the Tamil rebels."),
    ("034", "AGREE", "The king vowed to hold free parliamentary elections within a year."),
    # 04 consult -> CONSULT
    ("040", "CONSULT", "Foreign ministers of the six Gulf states met in Riyadh on Sunday."),
    ("041", "CONSULT", "The French president spoke by telephone with the Iranian leader about the hostages."),
    ("042", "CONSULT", "The Chinese premier flew to Islamabad on Tuesday for a three-day official visit."),
    ("043", "CONSULT", "Egypt hosted the Israeli prime minister at the Red Sea resort of Sharm el-Sheikh."),
    ("044", "CONSULT", "Leaders of the two Koreas held a summit in Beijing on Friday."),
    ("045", "CONSULT", "Qatari envoys mediated between the Lebanese factions throughout the night."),
    ("046", "CONSULT", "Delegations from Armenia and Azerbaijan negotiated for six hours in Moscow."),
    ("040", "CONSULT", "The defence ministers discussed regional security during their meeting in Jakarta."),
    # 05 diplomatic cooperation -> SUPPORT
    ("051", "SUPPORT", "The Arab League praised Jordan for its handling of the refugee crisis."),
    ("051", "SUPPORT", "Washington endorsed the African Union's plan for a transitional government."),
    ("052", "SUPPORT", "Moscow defended Belgrade against charges of human rights abuses."),
    ("053", "SUPPORT", "Exiled leaders rallied support abroad for the jailed opposition leader."),
    ("054", "SUPPORT", "Costa Rica recognized Palestine as an independent state."),
    ("055", "SUPPORT", "Japan apologized to South Korea for wartime forced labour."),
    ("056", "SUPPORT", "The president pardoned 300 rebels who had fought against the government."),
    ("057", "SUPPORT", "India and Bangladesh signed a water-sharing treaty in New Delhi."),
    ("050", "SUPPORT", "Egypt and Iran restored diplomatic relations after two decades."),
    ("051", "SUPPORT", "The European Commission welcomed the election results as a step toward stability."),
    # 06 material cooperation -> COOPERATE
    ("061", "COOPERATE", "Chile and Peru launched a joint venture to develop copper mines along their border."),
    ("062", "COOPERATE", "Australian and Indonesian navies conducted joint patrols in the Timor Sea."),
    ("063", "COOPERATE", "Spain handed over two suspected ETA members to French authorities."),
    ("064", "COOPERATE", "Pakistan shared intelligence with Afghanistan about militant hideouts."),
    ("060", "COOPERATE", "Colombia and Ecuador cooperated to dismantle drug laboratories near the frontier."),
    # 07 aid -> AID
    ("071", "AID", "The European Union granted 50 million euros to Moldova to support its budget."),
    ("072", "AID", "Russia supplied tanks and fighter jets to the Syrian army."),
    ("073", "AID", "Relief agencies distributed food and blankets to flood victims in Bangladesh."),
    ("073", "AID", "UNICEF airlifted medicines to cholera-stricken villages in Haiti."),
    ("074", "AID", "France sent peacekeepers to protect civilians in the Central African Republic."),
    ("075", "AID", "Ecuador gave asylum to the fugitive journalist."),
    ("070", "AID", "China donated ambulances and medical equipment to the Nepalese health ministry."),
    # 08 yield -> CONCEDE / RETREAT
    ("081", "CONCEDE", "Authorities lifted the ban on opposition newspapers on Thursday."),
    ("082", "CONCEDE", "The government eased its crackdown on student protesters after talks with their leaders."),
    ("083", "CONCEDE", "The military ruler bowed to demands for a new constitution."),
    ("083", "CONCEDE", "Parliament adopted an amendment granting autonomy to the northern provinces, meeting a key opposition demand."),
    ("080", "CONCEDE", "The prime minister stepped down after weeks of mass protests."),
    ("0841", "RETREAT", "Rebels freed 14 foreign hostages on Saturday."),
    ("0842", "RETREAT", "Iraq returned seized Kuwaiti archives to Kuwait City."),
    ("085", "RETREAT", "The United States lifted trade sanctions on Vietnam."),
    ("086", "RETREAT", "Khartoum allowed U.N. peacekeepers into Darfur."),
    ("0862", "RETREAT", "North Korea let international inspectors into its nuclear complex."),
    ("087", "RETREAT", "Israeli troops pulled out of the southern Gaza town on Monday."),
    ("0871", "RETREAT", "The warring parties announced a truce to allow aid deliveries."),
    ("0873", "RETREAT", "Thousands of former fighters handed in their weapons under the disarmament programme."),
    ("0874", "RETREAT", "Some 200 guerrillas surrendered to the army in the northern hills."),
    # 09 investigate -> ACCUSE
    ("091", "ACCUSE", "Prosecutors opened an inquiry into bribery at the state oil company."),
    ("092", "ACCUSE", "A U.N. team is investigating reports of torture in military prisons."),
    ("093", "ACCUSE", "The navy launched a probe into the sinking of the patrol boat."),
    ("094", "ACCUSE", "The tribunal began examining evidence of war crimes in the eastern province."),
    # 10 demand -> REQUEST
    ("100", "REQUEST", "The opposition demanded an apology from the interior minister."),
    ("1031", "REQUEST", "The striking miners demanded higher wages from the state mining company."),
    ("1041", "REQUEST", "Protest leaders demanded the resignation of the prime minister."),
    ("1043", "REQUEST", "Kurdish groups called for the right to education in their own language."),
    ("1053", "REQUEST", "Amnesty International demanded that the government free the jailed journalists."),
    ("1056", "REQUEST", "The Security Council demanded an immediate halt to the fighting in the south."),
    ("106", "REQUEST", "The rebels insisted on direct negotiations with the president."),
    ("105", "REQUEST", "Turkey told Syria to expel the Kurdish guerrilla leader."),
    # 11 disapprove -> ACCUSE
    ("111", "ACCUSE", "Beijing denounced the arms sale to Taiwan as interference in its internal affairs."),
    ("111", "ACCUSE", "The opposition leader sharply criticized the government's handling of the economy."),
    ("112", "ACCUSE", "India accused Pakistan of sheltering militants who attacked the parliament."),
    ("1121", "ACCUSE", "The prosecutor charged the former minister with embezzlement."),
    ("1125", "ACCUSE", "Moscow accused the British diplomat of spying."),
    ("113", "ACCUSE", "Activists campaigned against the construction of the dam."),
    ("114", "ACCUSE", "Greece lodged a formal protest with Turkey over the airspace violations."),
    ("115", "ACCUSE", "Families of the victims sued the airline in a New York court."),
    ("116", "ACCUSE", "A court found the former general guilty of ordering the killings."),
    ("110", "ACCUSE", "The bishops voiced deep concern over the rising violence in the capital."),
    # 12 reject -> REJECT
    ("120", "REJECT", "The rebels rejected the government's peace proposal as a ploy."),
    ("1211", "REJECT", "Venezuela turned down a Chinese offer to build a refinery."),
    ("122", "REJECT", "The IMF refused to release further loans to Argentina."),
    ("123", "REJECT", "The ruling party dismissed opposition demands for electoral reform."),
    ("1243", "REJECT", "The kidnappers refused to free the aid workers."),
    ("125", "REJECT", "Pristina ruled out talks with Belgrade until the troops withdraw."),
    ("126", "REJECT", "Israel rebuffed a French offer to mediate with Syria."),
    ("128", "REJECT", "Thousands of residents defied the curfew and poured into the streets."),
    ("129", "REJECT", "Russia vetoed a draft resolution on the Syrian conflict."),
    ("124", "REJECT", "The junta said it would not hand over power to civilians."),
    ("120", "REJECT", "Cuba denied American requests to interview the detained contractor."),
    # 13 threaten -> THREATEN
    ("130", "THREATEN", "The militia threatened to kill the hostages unless its demands were met."),
    ("1312", "THREATEN", "Washington warned that it would impose sanctions if Belgrade did not comply."),
    ("1313", "THREATEN", "Morocco threatened to sever ties with any country that recognized the Polisario."),
    ("1323", "THREATEN", "The governor threatened to impose a curfew if the looting continued."),
    ("133", "THREATEN", "Unions warned of a nationwide strike if fuel prices were raised."),
    ("134", "THREATEN", "The Palestinian delegation threatened to walk out of the talks."),
    ("138", "THREATEN", "Pyongyang vowed to retaliate with force against any attack."),
    ("1384", "THREATEN", "The general warned that his troops would storm the rebel-held town."),
    ("139", "THREATEN", "NATO gave the Bosnian Serbs 48 hours to withdraw their heavy guns."),
    # 14 protest -> PROTEST
    ("141", "PROTEST", "Tens of thousands of people marched through Caracas to protest against the president."),
    ("141", "PROTEST", "Students demonstrated outside the parliament demanding lower tuition fees."),
    ("142", "PROTEST", "Jailed dissidents went on hunger strike to protest prison conditions."),
    ("143", "PROTEST", "Dock workers walked off the job in a dispute over pay."),
    ("143", "PROTEST", "The opposition boycotted the parliamentary elections."),
    ("144", "PROTEST", "Farmers blockaded the main highway with tractors."),
    ("145", "PROTEST", "Rioters torched cars and looted shops in the northern suburbs."),
    ("140", "PROTEST", "Hundreds of women held a sit-in outside the ministry."),
    ("141", "PROTEST", "Thousands of protesters took to the streets of Dhaka on Sunday."),
    # 15 mobilize -> MOBILIZE
    ("150", "MOBILIZE", "The navy staged a show of force off the disputed islands."),
    ("151", "MOBILIZE", "Police were placed on high alert ahead of the verdict."),
    ("152", "MOBILIZE", "The army put its units on alert along the border."),
    ("154", "MOBILIZE", "Ankara massed tanks along the Iraqi frontier."),
    ("154", "MOBILIZE", "The government called up 10,000 reservists."),
    ("153", "MOBILIZE", "Authorities deployed extra riot police in the capital."),
    # 16 reduce relations -> SANCTION
    ("161", "SANCTION", "Senegal broke off diplomatic relations with Gambia."),
    ("161", "SANCTION", "Canada recalled its ambassador from Riyadh."),
    ("162", "SANCTION", "Germany suspended development aid to Rwanda."),
    ("164", "SANCTION", "The rebels pulled out of the peace talks on Thursday."),
    ("166", "SANCTION", "Uganda expelled two Sudanese diplomats."),
    ("1663", "SANCTION", "The government ordered foreign aid agencies to leave the country."),
    ("160", "SANCTION", "Several Arab states downgraded their ties with Qatar."),
    # 17 coerce -> COERCE
    ("1711", "COERCE", "Customs officers seized a shipment of arms bound for the rebels."),
    ("172", "COERCE", "The government banned all public gatherings in the capital."),
    ("1721", "COERCE", "Authorities shut down two independent television stations."),
    ("1723", "COERCE", "The army imposed a curfew on the city after the clashes."),
    ("1724", "COERCE", "The president declared martial law in the southern provinces."),
    ("173", "COERCE", "Police detained 40 opposition activists overnight."),
    ("173", "COERCE", "Security forces rounded up dozens of suspected militants."),
    ("174", "COERCE", "Malaysia deported hundreds of illegal workers to Indonesia."),
    ("163", "COERCE", "The European Union slapped an arms embargo on Zimbabwe."),
    ("191", "COERCE", "Warships blockaded the port to stop fuel deliveries."),
    ("192", "ASSAULT", "Troops occupied the disputed airfield on Wednesday."),
    # 18 unconventional violence -> ASSAULT
    ("181", "ASSAULT", "Gunmen kidnapped two Italian engineers in the Niger Delta."),
    ("182", "ASSAULT", "Soldiers beat villagers suspected of helping the rebels."),
    ("1822", "ASSAULT", "Detainees said they were tortured by prison guards."),
    ("1831", "ASSAULT", "A suicide bomber blew himself up at a checkpoint, killing eight soldiers."),
    ("1832", "ASSAULT", "A car bomb exploded near the police headquarters, wounding 20 people."),
    ("185", "ASSAULT", "Assailants tried to assassinate the provincial governor."),
    ("186", "ASSAULT", "Militants assassinated the deputy mayor outside his home."),
    ("180", "ASSAULT", "Masked men hacked three farmers to death in the village."),
    # 19 fight -> ASSAULT
    ("190", "ASSAULT", "Government forces launched an offensive against rebel positions in the north."),
    ("192", "ASSAULT", "Rebels seized control of the provincial capital after heavy fighting."),
    ("193", "ASSAULT", "Soldiers exchanged gunfire with militants near the border post."),
    ("194", "ASSAULT", "Artillery pounded rebel positions around the city overnight."),
    ("195", "ASSAULT", "Warplanes bombed suspected militant camps in the mountains."),
    ("195", "ASSAULT", "Fighter jets carried out air strikes on targets near the capital."),
    ("196", "ASSAULT", "Each side accused the other after gunfire broke the truce."),
    ("190", "ASSAULT", "Rival clans clashed in the southern town, leaving 12 dead."),
    # 20 mass violence -> ASSAULT
    ("202", "ASSAULT", "Militiamen massacred dozens of villagers in the eastern province."),
    ("203", "ASSAULT", "Paramilitary units drove thousands of ethnic minority residents from their homes."),
    ("2041", "ASSAULT", "Government forces used chemical weapons against the rebel-held suburb."),
    # intentions, demands, refusals and threats in varied constructions, then one or more
    # sentences per type (CAMEO code left blank: the type is what is scored)
    ("", "AGREE", 'The rebels said they were prepared to lay down their arms if the government agreed to talks.'),
    ("", "AGREE", 'Beijing expressed willingness to help mediate the dispute.'),
    ("", "AGREE", 'The two leaders agreed to boost bilateral trade to 10 billion dollars.'),
    ("", "AGREE", 'Lebanon has accepted a U.N. plan to deploy peacekeepers along the border.'),
    ("", "AGREE", 'Ankara announced it would open its airspace to allied aircraft.'),
    ("", "AGREE", 'The president indicated he would step down after the elections.'),
    ("", "AGREE", "The company agreed to pay compensation to the victims' families."),
    ("", "AGREE", 'Syria is willing to resume peace negotiations with Israel.'),
    ("", "AGREE", 'The king promised political reforms in a televised speech.'),
    ("", "AGREE", 'Jordan said it would contribute troops to the multinational force.'),
    ("", "REQUEST", 'The opposition insisted that the elections be postponed.'),
    ("", "REQUEST", 'The Security Council called for an immediate ceasefire in the region.'),
    ("", "REQUEST", 'The union is demanding a 20 percent pay rise.'),
    ("", "REQUEST", 'Human rights groups urged the authorities to investigate the killings.'),
    ("", "REQUEST", 'The bishops appealed for calm after the riots.'),
    ("", "REQUEST", 'Washington pressed Islamabad to crack down on militants.'),
    ("", "REQUEST", 'The minister said Israel must withdraw from the occupied territories.'),
    ("", "REQUEST", 'The villagers asked the government for protection against the bandits.'),
    ("", "REQUEST", 'Seoul requested a meeting of the joint military commission.'),
    ("", "REQUEST", 'The envoy called on the rebels to release the hostages.'),
    ("", "REJECT", 'The president refused to accept the resignation of his cabinet.'),
    ("", "REJECT", "The government rejected the rebels' demand for autonomy."),
    ("", "REJECT", 'Athens has refused to recognize the new republic under its current name.'),
    ("", "REJECT", 'The general declined to comment on the troop movements.'),
    ("", "REJECT", 'The council voted down the proposal to extend the mandate.'),
    ("", "REJECT", 'Iraq would not allow the inspectors to enter the presidential palaces.'),
    ("", "REJECT", "The guerrillas ignored the government's call to disarm."),
    ("", "REJECT", 'Moscow dismissed the accusations as groundless.'),
    ("", "REJECT", 'The prime minister ruled out early elections.'),
    ("", "REJECT", 'Pakistan opposed the deployment of foreign troops on its soil.'),
    ("", "THREATEN", 'The rebels threatened to resume fighting if their demands were not met.'),
    ("", "THREATEN", 'Beijing warned Washington that arms sales to Taiwan would damage relations.'),
    ("", "THREATEN", 'The president said he would use force to restore order.'),
    ("", "THREATEN", 'Israel vowed to hit back hard after the bombing.'),
    ("", "THREATEN", 'The union said it would call a general strike next week.'),
    ("", "THREATEN", 'The ministry said it might expel foreign journalists.'),
    ("", "THREATEN", 'The government threatened to ban the opposition party.'),
    ("", "THREATEN", 'Officials said the border would remain closed until further notice.'),
    ("", "THREATEN", 'The army said it would impose a curfew on the town.'),
    ("", "THREATEN", 'Turkey warned it would close its airspace to Israeli jets.'),
    ("", "PROTEST", 'Thousands of students marched on the presidential palace demanding his resignation.'),
    ("", "PROTEST", 'Opposition supporters held a rally in the capital against the election results.'),
    ("", "PROTEST", 'Shopkeepers shut their stores in a general strike called by the opposition.'),
    ("", "PROTEST", 'Angry villagers stormed the police station and set it on fire.'),
    ("", "PROTEST", 'Activists chained themselves to the gates of the parliament.'),
    ("", "PROTEST", 'Workers staged a sit-down strike at the car plant.'),
    ("", "COERCE", 'Police arrested the editor of an opposition weekly.'),
    ("", "COERCE", 'The authorities closed down three independent newspapers.'),
    ("", "COERCE", 'Troops demolished the homes of suspected militants.'),
    ("", "COERCE", 'The interior ministry banned the Islamist party.'),
    ("", "COERCE", 'The regime placed the opposition leader under house arrest.'),
    ("", "COERCE", 'Border guards detained 30 migrants trying to cross the river.'),
    ("", "ASSAULT", 'Rebels ambushed an army convoy, killing seven soldiers.'),
    ("", "ASSAULT", 'Gunmen opened fire on a crowded bus, killing 12 passengers.'),
    ("", "ASSAULT", 'Government aircraft bombed rebel-held villages in the south.'),
    ("", "ASSAULT", 'Insurgents fired mortars at the airport on Tuesday.'),
    ("", "ASSAULT", 'Troops and guerrillas fought a fierce battle near the border.'),
    ("", "ASSAULT", 'The militants beheaded a kidnapped aid worker.'),
    ("", "ASSAULT", 'A suicide bomber attacked a mosque during Friday prayers.'),
    ("", "SANCTION", "The two countries expelled each other's diplomats."),
    ("", "SANCTION", 'Kuwait closed its embassy in Baghdad.'),
    ("", "SANCTION", 'The bank suspended loans to the government over corruption concerns.'),
    ("", "SANCTION", 'The president cancelled his state visit to Paris.'),
    ("", "RETREAT", 'Rebels released 30 government soldiers captured last month.'),
    ("", "RETREAT", 'Russian troops completed their pullout from the region.'),
    ("", "RETREAT", 'The militia surrendered its heavy weapons to U.N. peacekeepers.'),
    ("", "RETREAT", 'The government lifted the state of emergency in the capital.'),
    ("", "CONCEDE", 'The authorities legalized the main opposition party.'),
    ("", "CONCEDE", 'The president resigned after months of protests.'),
    ("", "CONCEDE", 'The army handed power to a civilian government.'),
    ("", "SUPPORT", "The French president praised Morocco's reforms."),
    ("", "SUPPORT", 'The African Union endorsed the peace agreement.'),
    ("", "SUPPORT", "Germany backed Poland's bid to host the summit."),
    ("", "AID", 'The United States provided 50 helicopters to the Colombian army.'),
    ("", "AID", 'The World Food Programme delivered food aid to the refugee camps.'),
    ("", "ACCUSE", 'The inspectors examined the damaged reactor.'),
    ("", "ACCUSE", 'A parliamentary commission is investigating the arms deal.'),
    ("", "ACCUSE", 'The president blamed foreign agents for the unrest.'),
    ("", "ACCUSE", "The foreign minister criticized Israel's settlement policy."),
    ("", "CONSULT", 'The two presidents discussed bilateral trade by telephone.'),
    ("", "CONSULT", 'The foreign ministers met on the sidelines of the summit.'),
    ("", "CONSULT", 'The envoy held talks with rebel leaders in the jungle.'),
    ("", "MOBILIZE", 'The army deployed troops along the border after the clashes.'),
    ("", "MOBILIZE", 'Police reinforced security around the embassy.'),
    ("", "MOBILIZE", 'North Korea has placed its troops on a war footing.'),
    ("", "CONSULT", 'The Kenyan president flew to Kampala for talks with his Ugandan counterpart.'),
    ("", "CONSULT", 'The Danish queen hosted a state banquet for the visiting Japanese emperor.'),
    ("", "CONSULT", 'Iran and Iraq began peace negotiations in Geneva under U.N. auspices.'),
    ("", "CONSULT", 'The Vatican mediated between Argentina and Chile over the Beagle Channel.'),
    ("", "SUPPORT", 'The summit leaders adopted a declaration supporting Palestinian self-determination.'),
    ("", "SUPPORT", 'Brazil recognized the new government in Kabul.'),
    ("", "SUPPORT", 'Ottawa and Havana signed an agreement on air transport.'),
    ("", "COOPERATE", 'France and Germany formed a joint brigade.'),
    ("", "COOPERATE", 'The two intelligence services exchanged information on suspected terrorists.'),
    ("", "AID", 'Canada donated 5 million dollars to the relief effort in Sudan.'),
    ("", "AID", 'Italy shipped medical supplies to the flood-stricken region.'),
    ("", "RETREAT", 'The government freed 200 political prisoners on Independence Day.'),
    ("", "RETREAT", 'The occupying forces withdrew from the last of the captured villages.'),
    ("", "AGREE", 'The militia agreed to a truce brokered by tribal elders.'),
    ("", "CONCEDE", 'The king dissolved the unpopular cabinet in response to protests.'),
    ("", "CONCEDE", 'The government eased restrictions on the import of foreign newspapers.'),
    ("", "ACCUSE", 'Prosecutors launched an investigation into the missing funds.'),
    ("", "ACCUSE", 'The president accused the opposition of plotting a coup.'),
    ("", "ACCUSE", 'The rights group condemned the execution of the two activists.'),
    ("", "REQUEST", 'The EU called on Belgrade to withdraw its forces from Kosovo.'),
    ("", "REQUEST", 'The students demanded the release of their detained classmates.'),
    ("", "REJECT", 'The monarch rejected calls for a constitutional monarchy.'),
    ("", "REJECT", 'The prisoners refused to end their hunger strike.'),
    ("", "THREATEN", 'The junta threatened to execute the captured pilots.'),
    ("", "THREATEN", 'The foreign minister warned of serious consequences if the troops crossed the border.'),
    ("", "PROTEST", 'Several thousand people demonstrated in front of the U.S. embassy.'),
    ("", "PROTEST", 'Miners staged a strike to demand better safety conditions.'),
    ("", "PROTEST", 'Youths rioted in the suburbs for a third night.'),
    ("", "MOBILIZE", 'The military put its forces on maximum alert.'),
    ("", "MOBILIZE", 'The government sent 5,000 troops to the rebellious province.'),
    ("", "SANCTION", 'Manila recalled its ambassador to Beijing for consultations.'),
    ("", "SANCTION", 'Washington suspended military aid to the junta.'),
    ("", "COERCE", 'Police raided the offices of the opposition newspaper.'),
    ("", "COERCE", 'The court jailed the former minister for seven years.'),
    # relabelled in the fifth pass: expelling individuals is CAMEO 174 (COERCE); 166
    # (SANCTION) is for peacekeepers, inspectors, observers and aid agencies
    ("", "COERCE", 'Authorities expelled the foreign correspondents from the country.'),
    ("", "ASSAULT", 'Rebels kidnapped six foreign tourists in the mountains.'),
    ("", "ASSAULT", 'A bomb exploded in a crowded market, killing 15 people.'),
    ("", "ASSAULT", 'Army helicopters strafed rebel positions near the town.'),
    ("", "ASSAULT", 'The army shelled the rebel stronghold with heavy artillery.'),
    ("", "ASSAULT", 'Soldiers massacred more than 100 villagers.'),
]

# A second set, written after the lexicon's fourth pass and scored once before any
# change made from its errors: a check on whether that pass generalised. First score:
# 84.3 % with the lexicon before the pass, 94.3 % after it; four errors were then fixed
# (accepting demands, "allowed inspectors to", imposing a state of emergency, sealing
# off), so it is development data now.
CHECK_SENTENCES = [
    ("021", "REQUEST", "Haiti appealed to its neighbours for emergency fuel and medicine."),
    ("024", "REQUEST", "Church leaders asked the junta to reopen the universities."),
    ("031", "AGREE", "Kazakhstan said it was ready to ship grain to Afghanistan on favourable terms."),
    ("036", "AGREE", "The guerrilla leader agreed to meet the president's envoy in Caracas."),
    ("033", "AGREE", "Germany pledged 40 million euros to help rebuild the bombed hospital."),
    ("037", "AGREE", "The two neighbours promised to settle their border dispute peacefully."),
    ("040", "CONSULT", "The premier held consultations with opposition leaders on Friday."),
    ("042", "CONSULT", "The Turkish foreign minister visited Baghdad for the first time in a decade."),
    ("043", "CONSULT", "Singapore received a delegation of Vietnamese officials on Monday."),
    ("046", "CONSULT", "Negotiators from the two Sudans resumed talks in Addis Ababa."),
    ("051", "SUPPORT", "The Pope commended the peace efforts of the Mozambican government."),
    ("052", "SUPPORT", "Beijing defended its human rights record against American criticism."),
    ("057", "SUPPORT", "Israel and Jordan signed a peace treaty at a border crossing."),
    ("050", "SUPPORT", "Vietnam and the United States normalized relations in 1995."),
    ("062", "COOPERATE", "Thai and Malaysian troops launched joint operations against insurgents."),
    ("063", "COOPERATE", "Mexico extradited a drug lord to the United States."),
    ("070", "AID", "Saudi Arabia sent tents and food to earthquake survivors in Pakistan."),
    ("072", "AID", "Washington delivered anti-tank missiles to the Ukrainian army."),
    ("071", "AID", "The IMF disbursed a 500 million dollar loan to Egypt."),
    ("075", "AID", "Sweden granted political asylum to the dissident writer."),
    ("081", "CONCEDE", "The authorities relaxed restrictions on foreign travel."),
    ("083", "CONCEDE", "The regime accepted the opposition's demand for an independent electoral commission."),
    ("080", "CONCEDE", "The defence minister resigned over the scandal."),
    ("0841", "RETREAT", "Iran released the detained British sailors."),
    ("087", "RETREAT", "Russia withdrew its troops from the breakaway region."),
    ("0871", "RETREAT", "The rebels declared a unilateral ceasefire over the holiday."),
    ("0862", "RETREAT", "Iraq allowed U.N. weapons inspectors to resume their work."),
    ("091", "ACCUSE", "Police are investigating allegations of vote-buying in the northern district."),
    ("090", "ACCUSE", "The European Commission opened an investigation into the state subsidies."),
    ("100", "REQUEST", "The workers' union demanded the reinstatement of the dismissed staff."),
    ("1041", "REQUEST", "Protesters called for the resignation of the governor."),
    ("1053", "REQUEST", "The families urged the kidnappers to release the hostages."),
    ("111", "ACCUSE", "The foreign ministry condemned the bombing as a barbaric act."),
    ("112", "ACCUSE", "Kiev accused Moscow of arming the separatists."),
    ("114", "ACCUSE", "Japan lodged a complaint with China over the detention of its citizen."),
    ("115", "ACCUSE", "The opposition party filed a lawsuit against the election commission."),
    ("110", "ACCUSE", "The United Nations expressed concern over the mass arrests."),
    ("120", "REJECT", "The parliament rejected the budget proposed by the government."),
    ("1243", "REJECT", "The militia refused to release the captured soldiers."),
    ("125", "REJECT", "Athens turned down an invitation to attend the summit."),
    ("129", "REJECT", "China and Russia vetoed the Security Council resolution."),
    ("128", "REJECT", "Demonstrators defied a ban on public rallies."),
    ("1313", "THREATEN", "Tehran threatened to expel the British ambassador."),
    ("138", "THREATEN", "The defence minister warned that the army would strike back at any incursion."),
    ("1312", "THREATEN", "The European Union threatened Minsk with new sanctions."),
    ("130", "THREATEN", "The gunmen threatened to blow up the plane."),
    ("141", "PROTEST", "Thousands rallied in the capital against the new labour law."),
    ("143", "PROTEST", "Teachers went on strike over unpaid salaries."),
    ("145", "PROTEST", "Protesters hurled stones at police and set cars on fire."),
    ("142", "PROTEST", "The jailed activist began a hunger strike on Monday."),
    ("144", "PROTEST", "Truck drivers blocked the border crossing for three days."),
    ("154", "MOBILIZE", "India moved additional troops to the Kashmir frontier."),
    ("152", "MOBILIZE", "The navy was put on high alert after the missile launch."),
    ("154", "MOBILIZE", "The government mobilized 50,000 reservists."),
    ("161", "SANCTION", "Bolivia severed diplomatic ties with Israel."),
    ("162", "SANCTION", "The donors froze aid to the Palestinian Authority."),
    ("166", "SANCTION", "Britain expelled four Russian diplomats."),
    ("173", "COERCE", "Authorities arrested the opposition leader at his home."),
    ("172", "COERCE", "The government imposed a state of emergency in the province."),
    ("1711", "COERCE", "Soldiers confiscated land belonging to the villagers."),
    ("174", "COERCE", "Thailand deported 100 Cambodian migrants."),
    ("191", "COERCE", "Israeli forces sealed off the West Bank."),
    ("181", "ASSAULT", "Pirates hijacked a Greek oil tanker off the Somali coast."),
    ("183", "ASSAULT", "A roadside bomb killed four soldiers on patrol."),
    ("186", "ASSAULT", "Gunmen shot dead the opposition leader outside his house."),
    ("190", "ASSAULT", "Government troops attacked rebel bases in the jungle."),
    ("194", "ASSAULT", "Tanks shelled the besieged town throughout the night."),
    ("195", "ASSAULT", "Coalition aircraft struck an ammunition depot near the city."),
    ("192", "ASSAULT", "The army captured the rebel headquarters after a week of fighting."),
    ("202", "ASSAULT", "Armed militias killed hundreds of civilians in the region."),
]


# A third check set (bench/data/plover_check3.tsv): 192 sentences over all 16 types, written
# before the fifth lexicon pass in wordings the first two sets have few of (passives, nominal
# triggers, phrasal verbs, negation and modality, officials' quotes, several clauses,
# headlines), scored once before the pass (78.6 %) and once after it; its errors were not
# looked at. The pass was tuned on a second development set (bench/data/plover_dev2.tsv,
# 120 sentences in the same wordings, 83.3 % before the pass), the first two sets and the
# GSR even half.
CHECK3 = Path(__file__).resolve().parent / "data" / "plover_check3.tsv"
DEV2 = Path(__file__).resolve().parent / "data" / "plover_dev2.tsv"


def load_tsv(path: Path) -> list:
    """[(code, type, wording, sentence)] from one of the TSV sets (``#`` lines are notes)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            code, ptype, wording, text = line.split("\t")
            rows.append((code, ptype, wording, text))
    return rows


def evaluate(stages: list, sentences: list = SENTENCES) -> list:
    """[(code, gold, predicted type, text)] through ``storyline.annotate``."""
    from storyline.annotate import annotate_batch

    outs = annotate_batch([Article(id=str(i), text=t) for i, (_c, _g, t) in enumerate(sentences)],
                          stages=stages)
    return [(c, g, (o.get("coding") or {}).get("type"), t) for (c, g, t), o in zip(sentences, outs)]


def _report(name: str, rows: list, started: float, show_errors: bool) -> None:
    hits = sum(g == p for _c, g, p, _t in rows)
    majority = Counter(g for _c, g, _p, _t in rows).most_common(1)[0]
    print(f"PLOVER codebook sentences, {name}: {len(rows)} ({time.time() - started:.1f}s)")
    print(f"  PLOVER 2021 type accuracy {hits / len(rows):6.1%}   baseline (majority "
          f"{majority[0]}) {majority[1] / len(rows):6.1%}")
    if show_errors:
        for code, gold, pred, text in rows:
            if gold != pred:
                print(f"{code:<5} gold={gold:<10} pred={pred!s:<10} {text}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--sets", default="dev,check,dev2,check3",
                        help="which sets to score: dev, check (second set), dev2, check3 (third set)")
    args = parser.parse_args()
    wanted = set(args.sets.split(","))
    started = time.time()
    stages = ["clean", "nlp", "time", "entities", "events"]
    for key, name, sentences in (("dev", "development set", SENTENCES),
                                 ("check", "check set", CHECK_SENTENCES)):
        if key in wanted:
            _report(name, evaluate(stages, sentences), started, args.show_errors)
    for key, name, path in (("dev2", "second development set", DEV2),
                            ("check3", "third check set", CHECK3)):
        if key not in wanted:
            continue
        tsv = load_tsv(path)
        rows = evaluate(stages, [(c, t, s) for c, t, _w, s in tsv])
        _report(name, rows, started, args.show_errors)
        by_wording: dict = {}
        for (_c, _t, wording, _s), (_c2, gold, pred, _s2) in zip(tsv, rows):
            by_wording.setdefault(wording, []).append(gold == pred)
        print("  by wording: " + ", ".join(f"{w} {sum(v)}/{len(v)}" for w, v in sorted(by_wording.items())))


if __name__ == "__main__":
    main()
