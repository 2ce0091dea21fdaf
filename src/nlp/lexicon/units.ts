/**
 * Units that make a number a measurement, an amount of money, a percentage or a time of day.
 */
import { wordSet } from "./words.ts";

/** Units of measurement, lower case: "10 km", "5 miles", "30 degrees", "a magnitude 7.0". */
export const MEASURE_UNITS: ReadonlySet<string> = wordSet(`
  km kms kilometres kilometers kilometre kilometer mile miles metre metres meter meters feet foot ft inch inches cm
  mm kg kgs kilograms kilogram kilos gram grams tonnes tonne tons ton lb lbs litres liters litre liter gallons
  barrels hectares acres degrees degree mph kph km/h knots magnitude megawatts mw kw gw kilowatts volts calories
`);

/** Words before a unit that make it an area or volume: "300 square kilometres". */
export const AREA_PREFIXES: ReadonlySet<string> = wordSet("square sq cubic");

/** Words before a number that make it a reading on a scale: "magnitude 7.0", "a category-4". */
export const SCALE_NAMES: ReadonlySet<string> = wordSet("magnitude category");

/** Currency signs written before the digits: "$5", "£3m". */
export const CURRENCY_SYMBOLS: ReadonlySet<string> = wordSet("$ £ € ¥ ₹ ₦ ₱ ₩");

/** Currency codes before or against the digits: "USD 5", "5bn usd", "Rs 400", "KSh 20". */
export const CURRENCY_CODES: ReadonlySet<string> = wordSet("usd eur gbp jpy cny inr rs ksh zar chf aud cad");

/** Letters before "$" that name the dollar: "US$", "HK$". */
export const DOLLAR_PREFIXES: ReadonlySet<string> = wordSet("us a c hk nz r z s");

/** Currency names after a number: "5 million dollars", "300 Zimbabwe dollars". */
export const CURRENCY_WORDS: ReadonlySet<string> = wordSet(`
  dollar dollars euro euros pound pounds sterling yen yuan renminbi rupee rupees franc francs shilling shillings
  naira rand birr cents pence dinars dinar riyals rials dirhams pesos roubles rubles lira kwacha cedis taka ringgit
  baht leones rupiah
`);

/** One-word spellings of "per cent" after a number: "40 percent", "3 pct". */
export const PERCENT_WORDS: ReadonlySet<string> = wordSet("percent pct per-cent");

/** Words after a time of day: "3 pm", "10:30 GMT". */
export const CLOCK_WORDS: ReadonlySet<string> = wordSet("am pm gmt utc");
/** Letters after "°" that name the scale: "30°C", "86°F". */
export const DEGREE_SCALES = wordSet("c f");
