/**
 * Words of proper names: the particles inside personal names and the adjectives of countries, so that the
 * resolver reads "Ursula von der Leyen" as one name and "Russia's defense ministry" as "the Russian defense
 * ministry".
 */
import { wordMap, wordSet } from "./words.ts";

/** Countries whose possessive form reads as the adjective ("Russia's" = "Russian"), lowercase. */
export const DEMONYMS = wordMap({
  russia: "russian", syria: "syrian", america: "american", britain: "british", france: "french",
  germany: "german", china: "chinese", japan: "japanese", iran: "iranian", iraq: "iraqi",
  israel: "israeli", turkey: "turkish", ukraine: "ukrainian", pakistan: "pakistani", india: "indian",
  afghanistan: "afghan", egypt: "egyptian", ethiopia: "ethiopian", kenya: "kenyan", nigeria: "nigerian",
  haiti: "haitian", zimbabwe: "zimbabwean", lebanon: "lebanese", jordan: "jordanian", yemen: "yemeni",
  libya: "libyan", sudan: "sudanese", somalia: "somali", mexico: "mexican", canada: "canadian",
  australia: "australian", italy: "italian", spain: "spanish", poland: "polish", greece: "greek",
  korea: "korean", vietnam: "vietnamese", indonesia: "indonesian", philippines: "philippine",
  brazil: "brazilian", venezuela: "venezuelan", colombia: "colombian", "saudi arabia": "saudi",
  palestine: "palestinian", gaza: "gazan", us: "us", uk: "uk", "united states": "us", "united kingdom": "uk",
});

/** Lowercase particles inside a personal name: "Ursula von der Leyen", "Ana de Souza", "Hamad bin Khalifa". */
export const NAME_PARTICLES = wordSet("al bin ibn bint abu van von der den de da do dos das del della di du la le ter ben");
/** Transliterations of the Arabic article joined to a name by a hyphen: "Khaled al-Hamdi", "Abd ar-Rahman". */
export const ARABIC_ARTICLES = ["al", "el", "ad", "ash", "as", "at", "az", "an", "ar", "ul"] as const;
