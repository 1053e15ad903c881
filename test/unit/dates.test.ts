import { strict as assert } from 'assert';
import { recognizeDates } from '../../server/src/core/dates';
import type { DateKind, DateMention } from '../../server/src/core/types';

// [sentence, span text, kind, earliest, latest, edtf?]
type Case = [string, string, DateKind, string | null, string | null, string?];

const CASES: Case[] = [
  // --- full dates -----------------------------------------------------------
  ['On January 4, 1923 Lenin added a postscript.', 'January 4, 1923', 'date', '1923-01-04', '1923-01-04', '1923-01-04'],
  ['The note is dated Jan. 4, 1923 in the archive.', 'Jan. 4, 1923', 'date', '1923-01-04', '1923-01-04'],
  ['He wrote on 4 January 1923.', '4 January 1923', 'date', '1923-01-04', '1923-01-04'],
  ['It happened on the 4th of January 1923.', 'the 4th of January 1923', 'date', '1923-01-04', '1923-01-04'],
  ['It happened on the 4th of January, 1923, at night.', 'the 4th of January, 1923', 'date', '1923-01-04', '1923-01-04'],
  ['Letter to Bukharin (8.10.1923).', '8.10.1923', 'date', '1923-10-08', '1923-10-08'],
  ['Lenin (b. 22.IV.1870, Simbirsk).', '22.IV.1870', 'date', '1870-04-22', '1870-04-22'],
  ['Expelled 14/XI/1927 by the plenum.', '14/XI/1927', 'date', '1927-11-14', '1927-11-14'],
  ['Record 1923-10-08 in the ledger.', '1923-10-08', 'date', '1923-10-08', '1923-10-08', '1923-10-08'],
  ['Publication date: Sunday 19 March 2017', 'Sunday 19 March 2017', 'date', '2017-03-19', '2017-03-19'],
  ['He died on 21 January 1924 at Gorki.', '21 January 1924', 'date', '1924-01-21', '1924-01-21'],
  ['The charter was sealed on 15 June 1215 at Runnymede.', '15 June 1215', 'date', '1215-06-15', '1215-06-15'],
  ['The Bastille fell on July 14, 1789.', 'July 14, 1789', 'date', '1789-07-14', '1789-07-14'],
  ['Kennedy was shot on Friday, November 22, 1963.', 'Friday, November 22, 1963', 'date', '1963-11-22', '1963-11-22'],
  ['The treaty was signed on 28th June 1919.', '28th June 1919', 'date', '1919-06-28', '1919-06-28'],
  ['A decree of 12/03/1871 dissolved the council.', '12/03/1871', 'date', '1871-03-12', '1871-03-12'],
  ['The Battle of Hastings took place on 14 October 1066.', '14 October 1066', 'date', '1066-10-14', '1066-10-14'],
  ['Der Vertrag vom 9.11.1918 wurde nie unterzeichnet.', '9.11.1918', 'date', '1918-11-09', '1918-11-09'],
  ['On Sept. 1, 1939, Germany invaded Poland.', 'Sept. 1, 1939', 'date', '1939-09-01', '1939-09-01'],
  ['The armistice began on 11 Nov. 1918.', '11 Nov. 1918', 'date', '1918-11-11', '1918-11-11'],
  ['Luther posted his theses on 31 October 1517.', '31 October 1517', 'date', '1517-10-31', '1517-10-31'],
  ['The fire started on 2 September 1666 in Pudding Lane.', '2 September 1666', 'date', '1666-09-02', '1666-09-02'],
  ['Leap day: 29 February 1916 was a Tuesday.', '29 February 1916', 'date', '1916-02-29', '1916-02-29'],
  ['JANUARY 4, 1923', 'JANUARY 4, 1923', 'date', '1923-01-04', '1923-01-04'],
  ['They met on May 1 1920 in the square.', 'May 1 1920', 'date', '1920-05-01', '1920-05-01'],
  ['Caesar was killed on 15 March 44 BC.', '15 March 44 BC', 'date', '-0043-03-15', '-0043-03-15', '-0043-03-15'],
  ['On May Day 1920 the crowds gathered.', 'May Day 1920', 'date', '1920-05-01', '1920-05-01'],

  // --- months, years -----------------------------------------------------------
  ['The party met in March 1921 in Moscow.', 'March 1921', 'date', '1921-03-01', '1921-03-31', '1921-03'],
  ['In 1917 the old order collapsed.', '1917', 'date', '1917-01-01', '1917-12-31', '1917'],
  ['This was already clear by 1921.', '1921', 'date', '1921-01-01', '1921-12-31'],
  ['The census of 1897 counted them.', '1897', 'date', '1897-01-01', '1897-12-31'],
  ['Published in October of 1917, the pamphlet sold well.', 'October of 1917', 'date', '1917-10-01', '1917-10-31'],
  ['The speech of Nov. 1934 was reprinted.', 'Nov. 1934', 'date', '1934-11-01', '1934-11-30'],
  ['Letters, February, 1925, Inprecorr.', 'February, 1925', 'date', '1925-02-01', '1925-02-28'],
  ['The 1918 constitution was adopted.', '1918', 'date', '1918-01-01', '1918-12-31'],
  ['Before the May 1924 Congress he waited.', 'May 1924', 'date', '1924-05-01', '1924-05-31'],
  ['The Domesday survey was made in 1086.', '1086', 'date', '1086-01-01', '1086-12-31'],
  ['Columbus sailed in August 1492 from Palos.', 'August 1492', 'date', '1492-08-01', '1492-08-31'],
  ['The plague reached England in 1348, killing many.', '1348', 'date', '1348-01-01', '1348-12-31'],
  ['In the year 1000 nothing ended.', 'the year 1000', 'date', '1000-01-01', '1000-12-31'],
  ['In 1917 workers seized the factories.', '1917', 'date', '1917-01-01', '1917-12-31'],
  ['The 1905 revolution failed.', '1905', 'date', '1905-01-01', '1905-12-31'],

  // --- BCE / AD -----------------------------------------------------------------
  ['Caesar crossed the Rubicon in 49 BC.', '49 BC', 'date', '-0048-01-01', '-0048-12-31', '-0048'],
  ['Caesar died in 44 BC.', '44 BC', 'date', '-0043-01-01', '-0043-12-31', '-0043'],
  ['Caesar died in 44 B.C. at the theatre.', '44 B.C.', 'date', '-0043-01-01', '-0043-12-31', '-0043'],
  ['Charlemagne was crowned in AD 800.', 'AD 800', 'date', '0800-01-01', '0800-12-31', '0800'],
  ['Charlemagne was crowned in 800 AD.', '800 AD', 'date', '0800-01-01', '0800-12-31'],
  ['The council met in A.D. 325 at Nicaea.', 'A.D. 325', 'date', '0325-01-01', '0325-12-31'],
  ['The crucifixion is placed in AD 33.', 'AD 33', 'date', '0033-01-01', '0033-12-31', '0033'],
  ['Rome was sacked in 410 CE.', '410 CE', 'date', '0410-01-01', '0410-12-31'],
  ['Athens fell to Sparta in 404 BCE.', '404 BCE', 'date', '-0403-01-01', '-0403-12-31'],
  ['Socrates died in 399 B.C.E. in Athens.', '399 B.C.E.', 'date', '-0398-01-01', '-0398-12-31'],
  ['Athens flourished in the 5th century BC.', 'the 5th century BC', 'date', '-0499-01-01', '-0400-12-31'],
  ['The fifth century BC saw the Parthenon built.', 'The fifth century BC', 'date', '-0499-01-01', '-0400-12-31'],
  ['Augustus ruled in the first century AD.', 'the first century AD', 'date', '0000-01-01', '0099-12-31'],
  ['Rome burned in AD 64 under Nero.', 'AD 64', 'date', '0064-01-01', '0064-12-31'],
  ['Alexander died in 323 BC in Babylon.', '323 BC', 'date', '-0322-01-01', '-0322-12-31'],

  // --- seasons ---------------------------------------------------------------------
  ['The debate went on in the spring of 1921.', 'the spring of 1921', 'date', '1921-03-01', '1921-05-31', '1921-21'],
  ['By spring 1921 the mood had changed.', 'spring 1921', 'date', '1921-03-01', '1921-05-31'],
  ['The struggle (Autumn 1923) began.', 'Autumn 1923', 'date', '1923-09-01', '1923-11-30', '1923-23'],
  ['They returned in the fall of 1923.', 'the fall of 1923', 'date', '1923-09-01', '1923-11-30'],
  ['He left in the winter of 1928.', 'the winter of 1928', 'date', '1928-12-01', '1929-02-28', '1928-24'],
  ['The summer of 1914 was hot.', 'The summer of 1914', 'date', '1914-06-01', '1914-08-31', '1914-22'],
  ['Famine struck in the winter of 1920-21.', 'the winter of 1920-21', 'date', '1920-12-01', '1921-02-28'],
  ['Spring 1848 brought revolutions.', 'Spring 1848', 'date', '1848-03-01', '1848-05-31'],
  ['It was presented in the summer of 1989.', 'the summer of 1989', 'date', '1989-06-01', '1989-08-31'],

  // --- parts ----------------------------------------------------------------------------
  ['In early 1928 he was exiled.', 'early 1928', 'date', '1928-01-01', '1928-04-30', '1928-01/1928-04'],
  ['By mid 1928 the grain crisis deepened.', 'mid 1928', 'date', '1928-05-01', '1928-08-31'],
  ['By mid-1928 the grain crisis deepened.', 'mid-1928', 'date', '1928-05-01', '1928-08-31'],
  ['In late 1928 the plan was drafted.', 'late 1928', 'date', '1928-09-01', '1928-12-31', '1928-09/1928-12'],
  ['Stalin cabled him in early January 1924.', 'early January 1924', 'date', '1924-01-01', '1924-01-10'],
  ['Until mid-December 1923 Pravda published articles.', 'mid-December 1923', 'date', '1923-12-11', '1923-12-20'],
  ['A rising was planned for late October 1923 in Germany.', 'late October 1923', 'date', '1923-10-21', '1923-10-31'],
  ['The army was defeated at the end of 1920.', 'the end of 1920', 'date', '1920-10-01', '1920-12-31'],
  ['The attack at the beginning of 1923 failed.', 'the beginning of 1923', 'date', '1923-01-01', '1923-03-31'],
  ['He was silent for the first half of 1923.', 'the first half of 1923', 'date', '1923-01-01', '1923-06-30'],
  ['In the second half of 1917 the crisis came.', 'the second half of 1917', 'date', '1917-07-01', '1917-12-31'],
  ['In late 1922/early 1923 Lenin turned.', 'late 1922/early 1923', 'range', '1922-09-01', '1923-04-30'],
  ["Lenin's last struggle (end-1922 to early 1923) began.", 'end-1922 to early 1923', 'range', '1922-10-01', '1923-04-30'],
  ['The testament, written in late 1922-early 1923, survived.', 'late 1922-early 1923', 'range', '1922-09-01', '1923-04-30'],
  ['He came back early in 1923.', 'early in 1923', 'date', '1923-01-01', '1923-04-30'],
  ['Reforms began in the middle of 1856.', 'the middle of 1856', 'date', '1856-05-01', '1856-08-31'],
  ['Back to the first quarter of 1923.', 'the first quarter of 1923', 'date', '1923-01-01', '1923-03-31'],
  ['The siege lasted until the end of March 1453.', 'the end of March 1453', 'date', '1453-03-21', '1453-03-31'],

  // --- approximation -----------------------------------------------------------------------
  ['Around Christmas 1922 he dictated a letter.', 'Around Christmas 1922', 'date', '1922-12-22', '1922-12-28', '1922-12-25~'],
  ['The manuscript dates from c. 1850.', 'c. 1850', 'date', '1848-01-01', '1852-12-31', '1850~'],
  ['The manuscript dates from ca. 1850.', 'ca. 1850', 'date', '1848-01-01', '1852-12-31', '1850~'],
  ['The manuscript dates from circa 1850.', 'circa 1850', 'date', '1848-01-01', '1852-12-31', '1850~'],
  ['It was built about 1850 by monks.', 'about 1850', 'date', '1848-01-01', '1852-12-31'],
  ['It was built around 1850 by monks.', 'around 1850', 'date', '1848-01-01', '1852-12-31'],
  ['The letter was written some time in 1927.', '1927', 'date', '1927-01-01', '1927-12-31', '1927'],
  ['Chaucer was born c. 1343 in London.', 'c. 1343', 'date', '1341-01-01', '1345-12-31'],
  ['The abbey was founded c. 1130.', 'c. 1130', 'date', '1128-01-01', '1132-12-31'],
  ['Homer lived c. 750 BC, perhaps.', 'c. 750 BC', 'date', '-0751-01-01', '-0747-12-31'],
  ['He arrived approximately March 1921.', 'approximately March 1921', 'date', '1921-02-14', '1921-04-15'],
  ['She was born circa 4 May 1820.', 'circa 4 May 1820', 'date', '1820-05-01', '1820-05-07'],

  // --- ranges --------------------------------------------------------------------------------
  ['The Workers\' Opposition (since 1920-21) grew.', '1920-21', 'range', '1920-01-01', '1921-12-31', '1920/1921'],
  ['The famine of 1920–21 was terrible.', '1920–21', 'range', '1920-01-01', '1921-12-31'],
  ['The congress sat from the 2nd to the 19th of December 1927.', 'from the 2nd to the 19th of December 1927', 'range', '1927-12-02', '1927-12-19'],
  ['They met between the 20th and the 25th of October 1917.', 'between the 20th and the 25th of October 1917', 'range', '1917-10-20', '1917-10-25'],
  ['In 1922-1923 much thought was given.', '1922-1923', 'range', '1922-01-01', '1923-12-31'],
  ['They retreated 1908-1911 and regrouped.', '1908-1911', 'range', '1908-01-01', '1911-12-31'],
  ['During the war of 1914-18 millions died.', '1914-18', 'range', '1914-01-01', '1918-12-31'],
  ['It lasted from 1914 to 1918.', 'from 1914 to 1918', 'range', '1914-01-01', '1918-12-31', '1914/1918'],
  ['Prices rose between 1920 and 1925.', 'between 1920 and 1925', 'range', '1920-01-01', '1925-12-31'],
  ['It continued from December 1920 to the spring of 1921.', 'from December 1920 to the spring of 1921', 'range', '1920-12-01', '1921-05-31', '1920-12/1921-21'],
  ['Discussions doubled in November-December 1923.', 'November-December 1923', 'range', '1923-11-01', '1923-12-31', '1923-11/1923-12'],
  ['The months of July to September 1923 saw strikes.', 'July to September 1923', 'range', '1923-07-01', '1923-09-30'],
  ['During October 1923-January 1924 he was ill.', 'October 1923-January 1924', 'range', '1923-10-01', '1924-01-31'],
  ['For the period 1919-1923, we find texts.', 'the period 1919-1923', 'range', '1919-01-01', '1923-12-31'],
  ['The sword of the revolution 1917–1923 was his.', '1917–1923', 'range', '1917-01-01', '1923-12-31'],
  ['The soviets met from March to May 1917.', 'from March to May 1917', 'range', '1917-03-01', '1917-05-31'],
  ['The congress sat 12–14 March 1921.', '12–14 March 1921', 'range', '1921-03-12', '1921-03-14', '1921-03-12/1921-03-14'],
  ['The congress sat March 12–14, 1921.', 'March 12–14, 1921', 'range', '1921-03-12', '1921-03-14'],
  ['In the great period of 1923-7 they fought.', '1923-7', 'range', '1923-01-01', '1927-12-31'],
  ['The Eleventh Congress, March 27-April 2, 1922, met.', 'March 27-April 2, 1922', 'range', '1922-03-27', '1922-04-02'],
  ['On December 30 and 31, 1922, Lenin wrote.', 'December 30 and 31, 1922', 'range', '1922-12-30', '1922-12-31'],
  ['The Thirty Years War (1618–1648) devastated Germany.', '1618–1648', 'range', '1618-01-01', '1648-12-31'],
  ['Henry VIII reigned 1509-47.', '1509-47', 'range', '1509-01-01', '1547-12-31'],
  ['The winter campaign ran from December to February 1813.', 'from December to February 1813', 'range', '1812-12-01', '1813-02-28'],
  ['Napoleon ruled from 1799 until 1815.', 'from 1799 until 1815', 'range', '1799-01-01', '1815-12-31'],
  ['The journal appeared 1848/1849 only.', '1848/1849', 'range', '1848-01-01', '1849-12-31'],
  ['The trial of May-June 1937 targeted generals.', 'May-June 1937', 'range', '1937-05-01', '1937-06-30'],
  ['The Bulletin (Sept.-Oct. 1947) reported it.', 'Sept.-Oct. 1947', 'range', '1947-09-01', '1947-10-31'],
  ['He was paralysed between January 1924 and the end of 1925.', 'between January 1924 and the end of 1925', 'range', '1924-01-01', '1925-12-31'],
  ['The Peloponnesian War lasted from 431 BC to 404 BC.', 'from 431 BC to 404 BC', 'range', '-0430-01-01', '-0403-12-31'],

  // --- decades and centuries -------------------------------------------------------------------
  ['Throughout the 1920s the fight went on.', 'the 1920s', 'date', '1920-01-01', '1929-12-31', '192X'],
  ["Throughout the 1920's the fight went on.", "the 1920's", 'date', '1920-01-01', '1929-12-31'],
  ["This would all change in the 30's.", "the 30's", 'date', '1930-01-01', '1939-12-31'],
  ["This would all change in the '30s.", "the '30s", 'date', '1930-01-01', '1939-12-31'],
  ['This would all change in the thirties.', 'the thirties', 'date', '1930-01-01', '1939-12-31'],
  ['He stayed there until the late 1920s.', 'the late 1920s', 'date', '1927-01-01', '1929-12-31'],
  ['Since the early 1920s the party changed.', 'the early 1920s', 'date', '1920-01-01', '1923-12-31'],
  ['Written in the mid-1930s, it is essential.', 'the mid-1930s', 'date', '1934-01-01', '1936-12-31'],
  ['Industry grew in the 19th century.', 'the 19th century', 'date', '1800-01-01', '1899-12-31', '18XX'],
  ['Industry grew in the nineteenth century.', 'the nineteenth century', 'date', '1800-01-01', '1899-12-31'],
  ['Nationalism rose in the late nineteenth century.', 'the late nineteenth century', 'date', '1867-01-01', '1899-12-31'],
  ['A classical 19th-century division of labour.', '19th-century', 'date', '1800-01-01', '1899-12-31'],
  ['The working class of the twentieth century electrified history.', 'the twentieth century', 'date', '1900-01-01', '1999-12-31', '19XX'],
  ['Castles spread in the 12th century.', 'the 12th century', 'date', '1100-01-01', '1199-12-31'],
  ['The twenty-first century began quietly.', 'The twenty-first century', 'date', '2000-01-01', '2099-12-31'],
  ['Mills were common in the 1800s.', 'the 1800s', 'date', '1800-01-01', '1899-12-31'],
  ['Trade boomed in the 1590s.', 'the 1590s', 'date', '1590-01-01', '1599-12-31', '159X'],
  ['By the early 17th century the crown was weak.', 'the early 17th century', 'date', '1600-01-01', '1633-12-31'],
  ['In the second half of the eighteenth century trade grew.', 'the second half of the eighteenth century', 'date', '1750-01-01', '1799-12-31'],
  ['Ideas of the Sixties faded.', 'the Sixties', 'date', '1960-01-01', '1969-12-31'],

  // --- old style / new style ---------------------------------------------------------------------
  ['The rising began on October 25, 1917 (O.S.) in Petrograd.', 'October 25, 1917', 'date', '1917-10-25', '1917-10-25'],
  ['The rising began on 7 November 1917 N.S. in Petrograd.', '7 November 1917 N.S.', 'date', '1917-11-07', '1917-11-07'],
  ['Peter was born on 30 May 1672 Old Style.', '30 May 1672 Old Style', 'date', '1672-05-30', '1672-05-30'],

  // --- relative ------------------------------------------------------------------------------------
  ['He arrived on 3 May 1920. The next day he left.', 'The next day', 'relative', '1920-05-04', '1920-05-04'],
  ['He arrived on 3 May 1920. The following day he left.', 'The following day', 'relative', '1920-05-04', '1920-05-04'],
  ['He arrived on 3 May 1920. The day before he had written.', 'The day before', 'relative', '1920-05-02', '1920-05-02'],
  ['He arrived on 3 May 1920. A few days later he left.', 'A few days later', 'relative', '1920-05-05', '1920-05-08'],
  ['The strike broke out in 1905. Two years later it was forgotten.', 'Two years later', 'relative', '1907-01-01', '1907-12-31'],
  ['He was arrested on 3 May 1920; three weeks later he was freed.', 'three weeks later', 'relative', '1920-05-24', '1920-05-24'],
  ['Elections were held in 1924; the year before there were none.', 'the year before', 'relative', '1923-01-01', '1923-12-31'],
  ['Elections were held in 1924; the following year nothing happened.', 'the following year', 'relative', '1925-01-01', '1925-12-31'],
  ['He wrote in March 1921. The next month he fell ill.', 'The next month', 'relative', '1921-04-01', '1921-04-30'],
  ['He came back a week after 4 May 1920 to see her.', 'a week after 4 May 1920', 'relative', '1920-05-11', '1920-05-11'],
  // Counted from what the clause after "after" tells, not from the date before: no interval of its own.
  ['He left Zurich on 9 April and arrived on 16 April, a week after leaving Switzerland.', 'a week after', 'relative', null, null],
  ['He was freed on 3 May 1920, a month after he was taken.', 'a month after', 'relative', null, null],
  ['The war ended in 1918. A year later he died.', 'A year later', 'relative', '1919-01-01', '1919-12-31'],
  ['The next day he left.', 'The next day', 'relative', null, null],
  ['They met in 1850. That year the harvest failed.', 'That year', 'relative', '1850-01-01', '1850-12-31'],
  ['The pact was signed on 23 August 1939; nine days later war began.', 'nine days later', 'relative', '1939-09-01', '1939-09-01'],

  // --- durations and sets -----------------------------------------------------------------------------
  ['He was imprisoned for three years.', 'three years', 'duration', null, null],
  ['It took six months to get there.', 'six months', 'duration', null, null],
  ['Workers marched every May Day.', 'every May Day', 'set', null, null],
  ['The fair was held annually.', 'annually', 'set', null, null],
  ['Taxes were due each January.', 'each January', 'set', null, null],
];

// Implied years: [text, span, earliest, latest, anchor text]
const IMPLIED: Array<[string, string, string | null, string | null, string | null]> = [
  ['In 1917 the war went on. On October 25 the Bolsheviks struck.', 'October 25', '1917-10-25', '1917-10-25', '1917'],
  ['In 1923 the crisis began. On December 8, he wrote a letter.', 'December 8', '1923-12-08', '1923-12-08', '1923'],
  ['In 1923 the crisis began. He fell ill on 25 October.', '25 October', '1923-10-25', '1923-10-25', '1923'],
  ['In 1923 the crisis began. They met again in the fall.', 'the fall', '1923-09-01', '1923-11-30', '1923'],
  ['In 1923 the crisis began. That spring he was ill.', 'That spring', '1923-03-01', '1923-05-31', '1923'],
  ['In 1923 the crisis began. In January nothing moved.', 'January', '1923-01-01', '1923-01-31', '1923'],
  ['The congress of 1924 met in mid-January.', 'mid-January', '1924-01-11', '1924-01-20', '1924'],
  ['During the period October 1923-January 1924 he wrote. On December 5 he spoke.', 'December 5', '1923-12-05', '1923-12-05', 'the period October 1923-January 1924'],
  ['He wrote in 1931.\n\n2. The second section\n\nOn October 17 he wrote again.', 'October 17', null, null, null],
  ['On October 17 he wrote again.', 'October 17', null, null, null],
  ['Lenin died in 1924. In the spring Trotsky was ill.', 'the spring', '1924-03-01', '1924-05-31', '1924'],
  ['The Coup d’Etat (1931) is the title. In October it rained.', 'October', null, null, null],
];

// Expressions that are not dates: [text, forbidden substring]
const NEGATIVE: Array<[string, string]> = [
  ['See p. 421 for details.', '421'],
  ['See pp. 12-14 for details.', '12-14'],
  ['See p. 1921 of the edition.', '1921'],
  ['Turn to page 1905 now.', '1905'],
  ['The order No. 1917 was issued.', '1917'],
  ['Collected Works, vol. 1920, is thick.', '1920'],
  ['There were 1,905 deserters.', '905'],
  ['The party had 700,000 members.', '700'],
  ['It cost $1923 in all.', '1923'],
  ['The party had 1917 members then.', '1917'],
  ['Some 1500 delegates attended.', '1500'],
  ['There were 1905 soldiers in the garrison.', '1905'],
  ['A footnote (p. 1923) gives it.', '1923'],
  ['The 15th Congress met.', '15th'],
  ['The Tenth Congress met.', 'Tenth'],
  ['On the 92nd anniversary of his death.', '92nd'],
  ['They demanded a seven hour day.', 'seven'],
  ['The publisher 10/18 printed it.', '10/18'],
  ['Translated from LES TEMPS MODERNES, 39 in Paris.', '39'],
  ['The meeting started at 10:30 sharp.', '10:30'],
  ['Growth was 15% that year.', '15%'],
  ['Call 555 1923 444 for tickets.', '1923'],
  ['See <https://internationalviewpoint.org/spip.php?article4900> online.', '4900'],
  ['See http://example.org/?article=1923 online.', '1923'],
  ['See www.example.org/1917/index.html online.', '1917'],
  ['The October Revolution changed everything.', 'October'],
  ['The February Revolution came first.', 'February'],
  ['Lenin wrote the April Theses.', 'April'],
  ['After the July Days the party hid.', 'July'],
  ['The path from dual power to October was long.', 'October'],
  ['Trotsky May have known.', 'May'],
  ['They will march on the capital.', 'march'],
  ['Prices may rise.', 'may'],
  ['He read the April chapters again.', 'April'],
  ['The Winter Palace was stormed.', 'Winter'],
  ['The fall of the Provisional Government was sudden.', 'fall'],
  ['The crowd numbered 4430 out of 5000.', '4430'],
  ['Ed. 10/18, n° 1005, reprinted.', '1005'],
  ['The five-year plan was adopted.', 'year'],
  ['Stalin appeared one day as a dictator.', 'one day'],
  ['In his 30s he moved abroad.', '30s'],
  ['Between 1500 and 2000 delegates came.', '2000'],
  ['Article 1917-1920-55 of the code.', '1917'],
  ['It weighed 1200 kg in total.', '1200'],
  ['The march of 1500 miles ended.', '1500'],
  ['Temperatures of 1850 degrees were reached, with 2000 tons of ore.', '2000'],
];

function find(ms: DateMention[], span: string): DateMention | undefined {
  return ms.find((m) => m.text === span);
}

describe('recognizeDates: annotated expressions', () => {
  for (const [sentence, span, kind, earliest, latest, edtf] of CASES) {
    it(`${span}  ⟵  ${sentence.length > 60 ? sentence.slice(0, 57) + '...' : sentence}`, () => {
      const ms = recognizeDates(sentence);
      const m = find(ms, span);
      assert.ok(m, `no mention "${span}"; got ${JSON.stringify(ms.map((x) => x.text))}`);
      assert.equal(sentence.slice(m.start, m.end), m.text);
      assert.equal(m.kind, kind);
      if (earliest === null) assert.equal(m.interval, undefined);
      else {
        assert.ok(m.interval, 'no interval');
        assert.equal(m.interval.earliest, earliest);
        assert.equal(m.interval.latest, latest);
      }
      if (edtf) assert.equal(m.edtf, edtf);
    });
  }
});

describe('recognizeDates: implied years', () => {
  for (const [text, span, earliest, latest, anchor] of IMPLIED) {
    it(`${span} in "${text.replace(/\n/g, ' ').slice(0, 50)}"`, () => {
      const ms = recognizeDates(text);
      const m = find(ms, span);
      assert.ok(m, `no mention "${span}"; got ${JSON.stringify(ms.map((x) => x.text))}`);
      if (earliest === null) {
        assert.equal(m.interval, undefined);
        return;
      }
      assert.ok(m.interval);
      assert.equal(m.interval.earliest, earliest);
      assert.equal(m.interval.latest, latest);
      assert.equal(m.implied, true);
      assert.ok(m.anchor);
      assert.equal(text.slice(m.anchor.start, m.anchor.end), anchor);
    });
  }
  it('uses options.defaultYear without a discourse year', () => {
    const [m] = recognizeDates('On October 17 he wrote again.', { defaultYear: 1917 });
    assert.equal(m.interval?.earliest, '1917-10-17');
    assert.equal(m.implied, true);
    assert.equal(m.anchor, undefined);
  });
  it('a weekday picks the year nearest the discourse’s in which the day falls on it', () => {
    const text = 'The fortress fell on 18 March 1921. Requisitioning, in force since the summer of 1918, is to end. The congress closed on Wednesday, 16 March.';
    // 16 March 1918 was a Saturday; in 1921 it was a Wednesday.
    assert.equal(find(recognizeDates(text), 'Wednesday, 16 March')?.interval?.earliest, '1921-03-16');
    // Without the weekday, the last year written stands.
    assert.equal(find(recognizeDates(text.replace('Wednesday, ', '')), '16 March')?.interval?.earliest, '1918-03-16');
    // A weekday that fits the discourse's year changes nothing.
    assert.equal(find(recognizeDates('In 1918 it was quiet. On Saturday, 16 March, the trains stopped.'), 'Saturday, 16 March')?.interval?.earliest, '1918-03-16');
  });
  it('a weekday set off after the day counts too, and past the next and last year the text’s own year comes first', () => {
    // A revue of 1926 tells 1917, then the news of the year: 16 October 1917 was a Tuesday (a Monday Old Style), 1926's a Saturday.
    const revue = 'The second of March 1917: the Tsar signs away his crown! Telegrams: October the 16th, a Saturday! The leaders sign a statement. And one week later the plenum meets.';
    const dates = recognizeDates(revue, { written: { earliest: '1926-10-18', latest: '1926-10-20' } });
    assert.equal(find(dates, 'October the 16th')?.interval?.earliest, '1926-10-16');
    // …and what is counted from it follows it.
    assert.equal(find(dates, 'one week later')?.interval?.earliest, '1926-10-23');
    // Without the weekday the story's year stands; so it does where the weekday fits it ("(Tuesday)").
    assert.equal(find(recognizeDates(revue.replace(', a Saturday', ''), { written: { earliest: '1926-10-18', latest: '1926-10-20' } }), 'October the 16th')?.interval?.earliest, '1917-10-16');
    assert.equal(find(recognizeDates(revue.replace(', a Saturday', ' (Tuesday)'), { written: { earliest: '1926-10-18', latest: '1926-10-20' } }), 'October the 16th')?.interval?.earliest, '1917-10-16');
  });
  it('"of the year before last" is two years before the writing, and its words are no date of their own', () => {
    const dates = recognizeDates('12 March 1919. The Cheka was born in December of the year before last. Strokes in May and in December of the year before.', { written: { earliest: '1919-03-12', latest: '1919-03-12' } });
    assert.deepEqual(dates.map((d) => [d.text, d.interval?.earliest]), [
      ['12 March 1919', '1919-03-12'],
      ['December of the year before last', '1917-12-01'],
      ['May', '1917-05-01'],
      ['December of the year before', '1917-12-01'],
    ]);
  });
  it('a letter’s heading that gives its date is a dateline: "yesterday" in the letter counts from it', () => {
    const dates = recognizeDates('- **Letter to his brother, Moscow, dated Tuesday 22 December 1925.** "The congress opened yesterday."');
    assert.deepEqual(dates.map((d) => [d.text, d.interval?.earliest]), [['Tuesday 22 December 1925', '1925-12-22'], ['yesterday', '1925-12-21']]);
    // Not a date that only mentions a letter's dating further on.
    assert.deepEqual(recognizeDates('We found the book he dated 22 December 1925 in his study. He said yesterday was cold.').map((d) => d.text), ['22 December 1925']);
  });
  it('a markdown heading resets the discourse year', () => {
    const ms = recognizeDates('In 1917 all changed.\n## Aftermath\nIn March the army fled.');
    assert.equal(find(ms, 'March')?.interval, undefined);
  });
  it('a section with no year of its own takes its enclosing heading’s, not a sibling’s', () => {
    const handout = '# Petrograd between July and October 1917\n\nBring this sheet.\n\n## Timeline\n\n- 3–7 July (OS): the July Days.\n';
    assert.equal(find(recognizeDates(handout), '3–7 July')?.interval?.earliest, '1917-07-03');
    // Its own year, once written, stands.
    assert.equal(find(recognizeDates(handout.replace('- 3–7', 'In 1918 all changed.\n- 3–7')), '3–7 July')?.interval?.earliest, '1918-07-03');
    assert.equal(find(recognizeDates('# Notes\n\n## One\n\nIn 1917 all changed.\n\n## Two\n\nIn March the army fled.'), 'March')?.interval, undefined);
  });
});

describe('recognizeDates: not dates', () => {
  for (const [text, bad] of NEGATIVE) {
    it(`no date in "${bad}" ⟵ ${text}`, () => {
      const ms = recognizeDates(text);
      const at = text.indexOf(bad);
      const hit = ms.find((m) => m.start < at + bad.length && at < m.end);
      assert.equal(hit, undefined, `unexpected ${JSON.stringify(hit?.text)}`);
    });
  }
});

describe('recognizeDates: calendars', () => {
  it('O.S. keeps the written date and gives the Gregorian reading', () => {
    const [m] = recognizeDates('The rising began on October 25, 1917 (O.S.) in Petrograd.');
    assert.equal(m.text, 'October 25, 1917');
    assert.equal(m.calendar, 'julian');
    assert.deepEqual(m.otherCalendar, { earliest: '1917-11-07', latest: '1917-11-07', calendar: 'gregorian' });
  });
  it('N.S. gives the Julian reading', () => {
    const [m] = recognizeDates('It fell on 7 November 1917 N.S.');
    assert.equal(m.calendar, 'gregorian');
    assert.deepEqual(m.otherCalendar, { earliest: '1917-10-25', latest: '1917-10-25', calendar: 'julian' });
  });
  it('a weekday says which calendar a day of Russia before 1918 is in, where only one has it, and what is counted from it follows', () => {
    // 16 March 1917 was a Friday in the West; the Russian 16 March was the West's 29th, a Thursday.
    const [west, yesterday] = recognizeDates('Friday, March 16, 1917. The Czar signed it yesterday.');
    assert.equal(west.calendar, 'gregorian');
    assert.equal(west.otherCalendar, undefined);
    assert.equal(yesterday.calendar, 'gregorian');
    const [russian] = recognizeDates('Thursday, 16 March 1917. Bread queues again.');
    assert.equal(russian.calendar, 'julian');
    assert.equal(russian.otherCalendar?.earliest, '1917-03-29');
    // A weekday neither calendar has leaves the day open.
    assert.equal(recognizeDates('Sunday 25 October 1917.')[0].calendar, undefined);
  });
  it('under an Old Style date, a weekday’s day is found by the Old Style weekday', () => {
    // 27 August 1917 O.S. was a Sunday (9 September in the West); the West's 27 August was a Monday.
    const text = 'All dates are Old Style.\n\nWednesday 30 August 1917. Kornilov’s march, begun on Sunday the 27th, has broken down.';
    const sunday = find(recognizeDates(text, { written: { earliest: '1917-01-14', latest: '1918-01-12' } }), 'Sunday the 27th');
    assert.equal(sunday?.interval?.earliest, '1917-08-27');
    assert.equal(sunday?.calendar, 'julian');
  });
  it('[O.S.] after a day without a year', () => {
    const ms = recognizeDates('In 1917 the war went on. On 25 October [O.S.] they struck.');
    const m = find(ms, '25 October');
    assert.equal(m?.calendar, 'julian');
    assert.equal(m?.otherCalendar?.earliest, '1917-11-07');
  });
});

describe('recognizeDates: output shape', () => {
  it('is sorted, non-overlapping and trimmed on a long text', () => {
    const text = CASES.map((c) => c[0]).join(' ');
    const ms = recognizeDates(text);
    assert.ok(ms.length >= CASES.length * 0.9);
    for (let i = 0; i < ms.length; i++) {
      const m = ms[i];
      assert.equal(text.slice(m.start, m.end), m.text);
      assert.ok(!/^\s|\s$/.test(m.text), m.text);
      if (i > 0) assert.ok(ms[i - 1].end <= m.start);
    }
  });
});
