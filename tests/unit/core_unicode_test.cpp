// core_unicode_test.cpp - spot checks of the Unicode database (objects/unicode.h) against CPython 3.11 facts.
// The exhaustive comparison with python3 is tools/unicode_diff_test.py.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "objects/unicode.h"

using namespace coil;

namespace {

std::vector<uint32_t> mapped(int (*fn)(uint32_t, uint32_t*), uint32_t cp) {
  uint32_t out[3];
  int n = fn(cp, out);
  return std::vector<uint32_t>(out, out + n);
}

std::string name_of(uint32_t cp) {
  std::string s;
  return uni_name(cp, &s) ? s : std::string("<none>");
}

}  // namespace

TEST_CASE("unicode: version", "[unicode]") { CHECK(std::string(uni_version()) == "14.0.0"); }

TEST_CASE("unicode: character classes", "[unicode]") {
  CHECK(uni_isprintable('a'));
  CHECK(uni_isprintable(' '));
  CHECK_FALSE(uni_isprintable('\n'));
  CHECK_FALSE(uni_isprintable(0x7F));
  CHECK_FALSE(uni_isprintable(0xA0));     // NO-BREAK SPACE (Zs) is not printable in repr
  CHECK(uni_isprintable(0xE9));           // é
  CHECK_FALSE(uni_isprintable(0xAD));     // SOFT HYPHEN (Cf)
  CHECK_FALSE(uni_isprintable(0x0378));   // unassigned
  CHECK_FALSE(uni_isprintable(0xD800));   // surrogate
  CHECK(uni_isprintable(0x1F600));        // 😀
  CHECK_FALSE(uni_isprintable(0x110000));

  for (uint32_t c : {0x09u, 0x0Au, 0x0Bu, 0x0Cu, 0x0Du, 0x1Cu, 0x1Du, 0x1Eu, 0x1Fu, 0x20u, 0x85u,
                     0xA0u, 0x1680u, 0x2000u, 0x200Au, 0x2028u, 0x2029u, 0x202Fu, 0x205Fu, 0x3000u}) {
    CHECK(uni_isspace(c));
  }
  CHECK_FALSE(uni_isspace(0x200B));       // ZERO WIDTH SPACE
  CHECK_FALSE(uni_isspace('x'));

  CHECK(uni_isalpha('Z'));
  CHECK(uni_isalpha(0x4E00));
  CHECK(uni_isalpha(0xAC00));
  CHECK_FALSE(uni_isalpha('1'));
  CHECK_FALSE(uni_isalpha(0x0301));       // combining acute (Mn)

  CHECK(uni_isdecimal(0x0663));           // ARABIC-INDIC DIGIT THREE
  CHECK_FALSE(uni_isdecimal(0xB2));       // ²
  CHECK(uni_isdigit(0xB2));
  CHECK_FALSE(uni_isdigit(0xBD));         // ½
  CHECK(uni_isnumeric(0xBD));
  CHECK(uni_isnumeric(0x4E94));           // 五
  CHECK(uni_isalnum(0x2160));             // Ⅰ
  CHECK_FALSE(uni_isalnum('_'));

  CHECK(uni_islower('a'));
  CHECK(uni_islower(0xDF));
  CHECK(uni_islower(0xAA));               // ª: Other_Lowercase
  CHECK(uni_isupper(0x130));
  CHECK_FALSE(uni_isupper(0x1C5));        // ǅ is titlecase
  CHECK(uni_istitle(0x1C5));
  CHECK_FALSE(uni_istitle('A'));

  CHECK(uni_iscased('a'));
  CHECK(uni_iscased(0x2B0));              // ʰ: cased and case-ignorable
  CHECK(uni_iscaseignorable(0x2B0));
  CHECK(uni_iscaseignorable('\''));
  CHECK(uni_iscaseignorable('.'));
  CHECK(uni_iscaseignorable(0x0301));
  CHECK_FALSE(uni_iscased('1'));
  CHECK_FALSE(uni_iscaseignorable('a'));

  CHECK(uni_isidstart('_'));
  CHECK(uni_isidstart(0x00E9));
  CHECK_FALSE(uni_isidstart('1'));
  CHECK(uni_isidcontinue('1'));
  CHECK(uni_isidcontinue(0x0301));
  CHECK(uni_isidstart(0x2118));           // ℘ is Other_ID_Start: XID_Start too
  CHECK_FALSE(uni_isidcontinue('-'));

  CHECK(uni_islinebreak('\n'));
  CHECK(uni_islinebreak(0x1E));
  CHECK(uni_islinebreak(0x2029));
  CHECK_FALSE(uni_islinebreak(0x1F));
}

TEST_CASE("unicode: numeric values", "[unicode]") {
  CHECK(uni_decimal_value('7') == 7);
  CHECK(uni_decimal_value(0x0663) == 3);  // int('٣') == 3
  CHECK(uni_decimal_value(0x0661) == 1);
  CHECK(uni_decimal_value(0xFF15) == 5);  // fullwidth 5
  CHECK(uni_decimal_value(0xB2) == -1);
  CHECK(uni_digit_value(0xB2) == 2);
  CHECK(uni_digit_value(0x2460) == 1);    // ①
  CHECK(uni_digit_value('x') == -1);
  CHECK(uni_numeric_value(0xBD) == 0.5);
  CHECK(uni_numeric_value(0x2153) == 1.0 / 3.0);
  CHECK(uni_numeric_value(0x5146) == 1e12);  // 兆
  CHECK(uni_numeric_value(0x4E07) == 1e4);   // 万
  CHECK(uni_numeric_value(0x0F33) == -0.5);  // TIBETAN DIGIT HALF ZERO
  CHECK(uni_numeric_value('a') == -1.0);
}

TEST_CASE("unicode: case mappings", "[unicode]") {
  using V = std::vector<uint32_t>;
  CHECK(mapped(uni_to_upper, 'a') == V{'A'});
  CHECK(mapped(uni_to_lower, 'A') == V{'a'});
  CHECK(mapped(uni_to_upper, 0xDF) == V{'S', 'S'});           // ß -> SS
  CHECK(mapped(uni_to_title, 0xDF) == V{'S', 's'});
  CHECK(mapped(uni_to_folded, 0xDF) == V{'s', 's'});
  CHECK(mapped(uni_to_lower, 0xDF) == V{0xDF});
  CHECK(mapped(uni_to_lower, 0x130) == V{'i', 0x307});        // İ -> i̇
  CHECK(mapped(uni_to_upper, 0x390) == V{0x399, 0x308, 0x301});
  CHECK(mapped(uni_to_upper, 0x149) == V{0x2BC, 'N'});        // ŉ
  CHECK(mapped(uni_to_lower, 0x3A3) == V{0x3C3});             // context-free sigma
  CHECK(mapped(uni_to_upper, 0x3C2) == V{0x3A3});
  CHECK(mapped(uni_to_folded, 0x3C2) == V{0x3C3});
  CHECK(mapped(uni_to_title, 0x1C6) == V{0x1C5});             // ǆ -> ǅ
  CHECK(mapped(uni_to_upper, 0x1C5) == V{0x1C4});
  CHECK(mapped(uni_to_lower, 0x1C5) == V{0x1C6});
  CHECK(mapped(uni_to_upper, 0x13A0) == V{0x13A0});           // Cherokee
  CHECK(mapped(uni_to_upper, 0xAB70) == V{0x13A0});
  CHECK(mapped(uni_to_folded, 0x13F8) == V{0x13F0});
  CHECK(mapped(uni_to_lower, 0x1E900) == V{0x1E922});         // Adlam
  CHECK(mapped(uni_to_upper, 0xFB00) == V{'F', 'F'});         // ﬀ
  CHECK(mapped(uni_to_upper, 0xD800) == V{0xD800});
  CHECK(mapped(uni_to_upper, 0x110000) == V{0x110000});
}

TEST_CASE("unicode: final sigma", "[unicode]") {
  // 'ΑΣ'.lower() == 'ας', 'Σ'.lower() == 'σ', 'ΑΣ Α'.lower() == 'ας α', 'ΑΣΑ'.lower() == 'ασα'
  const uint32_t as[] = {0x391, 0x3A3};
  CHECK(uni_final_sigma(as, 2, 1));
  const uint32_t s[] = {0x3A3};
  CHECK_FALSE(uni_final_sigma(s, 1, 0));
  const uint32_t asa[] = {0x391, 0x3A3, 0x391};
  CHECK_FALSE(uni_final_sigma(asa, 3, 1));
  const uint32_t a_s_dot[] = {0x391, '\'', 0x3A3, '.', ' '};  // ignorables are skipped
  CHECK(uni_final_sigma(a_s_dot, 5, 2));
  const uint32_t a_s_dot_a[] = {0x391, 0x3A3, '.', 'a'};
  CHECK_FALSE(uni_final_sigma(a_s_dot_a, 4, 1));

  std::string utf8 = "\xCE\x91\xCE\xA3 x";  // "ΑΣ x"
  CHECK(uni_final_sigma(utf8, 2));
  std::string utf8b = "\xCE\x91\xCE\xA3\xCE\x91";  // "ΑΣΑ"
  CHECK_FALSE(uni_final_sigma(utf8b, 2));
  std::string utf8c = "\xF0\x9D\x90\x80\xCE\xA3";  // "𝐀Σ" (a cased 4-byte code point)
  CHECK(uni_final_sigma(utf8c, 4));
}

TEST_CASE("unicode: unicodedata properties", "[unicode]") {
  CHECK(std::string(uni_category('A')) == "Lu");
  CHECK(std::string(uni_category(0x0378)) == "Cn");
  CHECK(std::string(uni_category(0xD800)) == "Cs");
  CHECK(std::string(uni_category(0xE000)) == "Co");
  CHECK(std::string(uni_category(0x1F600)) == "So");
  CHECK(std::string(uni_category(0x110000)) == "Cn");
  CHECK(std::string(uni_bidirectional('A')) == "L");
  CHECK(std::string(uni_bidirectional(0x05D0)) == "R");
  CHECK(std::string(uni_bidirectional(0x0627)) == "AL");
  CHECK(std::string(uni_bidirectional(0x0378)) == "");
  CHECK(uni_combining(0x0301) == 230);
  CHECK(uni_combining(0x0327) == 202);
  CHECK(uni_combining('a') == 0);
  CHECK(std::string(uni_east_asian_width(0x4E00)) == "W");
  CHECK(std::string(uni_east_asian_width('a')) == "Na");
  CHECK(std::string(uni_east_asian_width(0xFF21)) == "F");
  CHECK(std::string(uni_east_asian_width(0xFF61)) == "H");
  CHECK(std::string(uni_east_asian_width(0xA1)) == "A");
  CHECK(std::string(uni_east_asian_width(0x0378)) == "F");  // CPython 3.11's default, oddly
  CHECK(uni_mirrored('('));
  CHECK_FALSE(uni_mirrored('a'));
  CHECK(uni_decomposition(0xE9) == "0065 0301");
  CHECK(uni_decomposition(0xA0) == "<noBreak> 0020");
  CHECK(uni_decomposition(0xFB01) == "<compat> 0066 0069");
  CHECK(uni_decomposition(0x2F800) == "4E3D");
  CHECK(uni_decomposition(0xAC00) == "");  // Hangul syllables decompose algorithmically
  CHECK(uni_decomposition('a') == "");
}

TEST_CASE("unicode: names", "[unicode]") {
  if (!uni_has_names()) {
    std::string s;
    CHECK_FALSE(uni_name('A', &s));
    CHECK(uni_lookup_name("LATIN CAPITAL LETTER A") == -1);
    return;
  }
  CHECK(name_of('A') == "LATIN CAPITAL LETTER A");
  CHECK(name_of(' ') == "SPACE");
  CHECK(name_of('-') == "HYPHEN-MINUS");
  CHECK(name_of(0x0A) == "<none>");  // control characters have only aliases
  CHECK(name_of(0x0378) == "<none>");
  CHECK(name_of(0xE9) == "LATIN SMALL LETTER E WITH ACUTE");
  CHECK(name_of(0x1F600) == "GRINNING FACE");
  CHECK(name_of(0xFDFA) == "ARABIC LIGATURE SALLALLAHOU ALAYHE WASALLAM");
  CHECK(name_of(0x4E00) == "CJK UNIFIED IDEOGRAPH-4E00");
  CHECK(name_of(0x20000) == "CJK UNIFIED IDEOGRAPH-20000");
  CHECK(name_of(0xAC00) == "HANGUL SYLLABLE GA");
  CHECK(name_of(0xD7A3) == "HANGUL SYLLABLE HIH");
  CHECK(name_of(0xC544) == "HANGUL SYLLABLE A");
  CHECK(name_of(0xF900) == "CJK COMPATIBILITY IDEOGRAPH-F900");
  CHECK(name_of(0x1B170) == "NUSHU CHARACTER-1B170");
  CHECK(name_of(0x17000) == "<none>");  // Tangut ideographs have no name in CPython 3.11
  CHECK(name_of(0xE0100) == "VARIATION SELECTOR-17");

  CHECK(uni_lookup_name("LATIN CAPITAL LETTER A") == 'A');
  CHECK(uni_lookup_name("latin small letter e with acute") == 0xE9);
  CHECK(uni_lookup_name("LINE FEED") == 0x0A);         // alias
  CHECK(uni_lookup_name("LF") == 0x0A);
  CHECK(uni_lookup_name("byte order mark") == 0xFEFF);
  CHECK(uni_lookup_name("CJK UNIFIED IDEOGRAPH-4E00") == 0x4E00);
  CHECK(uni_lookup_name("CJK UNIFIED IDEOGRAPH-04E00") == 0x4E00);
  CHECK(uni_lookup_name("CJK UNIFIED IDEOGRAPH-4e00") == -1);
  CHECK(uni_lookup_name("cjk unified ideograph-4E00") == -1);
  CHECK(uni_lookup_name("HANGUL SYLLABLE GAGG") == 0xAC02);
  CHECK(uni_lookup_name("HANGUL SYLLABLE ga") == -1);
  CHECK(uni_lookup_name("cjk compatibility ideograph-f900") == 0xF900);
  CHECK(uni_lookup_name("KATAKANA LETTER AINU P") == -1);  // a named sequence
  CHECK(uni_lookup_name("LATIN CAPITAL LETTER A ") == -1);
  CHECK(uni_lookup_name("LATIN  CAPITAL LETTER A") == -1);
  CHECK(uni_lookup_name("LATIN CAPITAL LETTER") == -1);
  CHECK(uni_lookup_name("") == -1);
  CHECK(uni_lookup_name("GRINNING FACE") == 0x1F600);
}

TEST_CASE("unicode: normalisation", "[unicode]") {
  const std::u32string e_acute = U"\u00e9", e_comb = U"e\u0301";
  CHECK(uni_normalize("NFC", e_comb) == e_acute);
  CHECK(uni_normalize("NFD", e_acute) == e_comb);
  CHECK(uni_normalize("NFKC", U"\ufb01") == U"fi");
  CHECK(uni_normalize("NFC", U"\ufb01") == U"\ufb01");
  CHECK(uni_normalize("NFKD", U"\u2460") == U"1");
  CHECK(uni_normalize("NFD", U"\uac01") == U"\u1100\u1161\u11a8");   // Hangul
  CHECK(uni_normalize("NFC", U"\u1100\u1161\u11a8") == U"\uac01");
  CHECK(uni_normalize("NFC", U"\u1100\u1161\u11a7") == U"\uac00\u11a7");
  // Canonical ordering: dot below (220) before acute (230), whichever comes first.
  CHECK(uni_normalize("NFD", U"a\u0301\u0323") == U"a\u0323\u0301");
  CHECK(uni_normalize("NFC", U"a\u0301\u0323") == U"\u1ea1\u0301");
  CHECK(uni_normalize("NFC", U"\u212b") == U"\u00c5");  // ANGSTROM SIGN: singleton
  CHECK(uni_normalize("NFC", U"\u0958") == U"\u0915\u093c");  // composition exclusion
  CHECK(uni_normalize("NFC", U"abc") == U"abc");
  CHECK(uni_normalize("NFC", U"") == U"");
  CHECK(uni_normalize("NFX", U"\u00e9") == U"\u00e9");
  // A long run of marks (the counting-sort path): acutes (230) after dots below (220).
  std::u32string marks = U"a", sorted = U"\u1ea1";
  for (int i = 0; i < 20; ++i) marks += U"\u0301\u0323";
  for (int i = 0; i < 19; ++i) sorted += U"\u0323";
  for (int i = 0; i < 20; ++i) sorted += U"\u0301";
  CHECK(uni_normalize("NFC", marks) == sorted);
}
