package lexgraph

import (
	"bytes"
	"strconv"
	"strings"
	"time"
)

// Months maps French month names, folded (see Fold), to their number.
var Months = map[string]int{
	"janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
	"juillet": 7, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
	"decembre": 12,
	// abbreviations of case-law citations: "20 avr. 1956", "15 janv. 2020"
	"janv.": 1, "janv": 1, "fevr.": 2, "fevr": 2, "fev.": 2, "avr.": 4, "avr": 4,
	"juil.": 7, "juil": 7, "juill.": 7, "juill": 7, "sept.": 9, "sept": 9, "oct.": 10, "nov.": 11, "dec.": 12,
	// and without their period: "14 nov 1965"
	"fev": 2, "oct": 10, "nov": 11, "dec": 12,
	// and the slip some pages print ("la loi du 29 juilet 1881")
	"juilet": 7,
}

// ParseDate reads a date as the sources print it, "16 juin 2015",
// "1er juillet 2014", "26/04/1993" or "2015-06-16", and returns it as
// YYYY-MM-DD. It reports false for anything else, or an impossible date.
func ParseDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", false
	}
	var y, m, d int
	switch {
	case len(s) == 10 && s[4] == '-' && s[7] == '-':
		y, m, d = atoi(s[:4]), atoi(s[5:7]), atoi(s[8:])
	case len(s) == 10 && s[2] == '/' && s[5] == '/':
		d, m, y = atoi(s[:2]), atoi(s[3:5]), atoi(s[6:])
	default:
		// three words, folded into buffers on the stack: resolution reads
		// a date in nearly every reference
		var f [3]string
		n := 0
		for w := range strings.FieldsSeq(s) {
			if n == len(f) {
				return "", false
			}
			f[n] = w
			n++
		}
		if n == 2 && len(f[1]) > 4 && isDigitsOnly(f[1][len(f[1])-4:]) && !isDigitsOnly(f[1][len(f[1])-5:len(f[1])-4]) {
			// "26 janvier1984", the year glued to the month as printed
			f[1], f[2], n = f[1][:len(f[1])-4], f[1][len(f[1])-4:], 3
		}
		if n != len(f) {
			return "", false
		}
		var db, mb, yb [32]byte
		day := bytes.TrimSuffix(bytes.TrimSuffix(AppendFoldSpace(db[:0], f[0]), []byte("er")), []byte("o"))
		d, m, y = atoi(string(day)), Months[string(AppendFoldSpace(mb[:0], f[1]))], atoi(string(AppendFoldSpace(yb[:0], f[2])))
	}
	return FormatDate(y, m, d)
}

// FormatDate returns YYYY-MM-DD for a valid calendar date.
func FormatDate(y, m, d int) (string, bool) {
	if y < 1700 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31 {
		return "", false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "", false
	}
	b := [10]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + m/10), byte('0' + m%10), '-', byte('0' + d/10), byte('0' + d%10)}
	return string(b[:]), true
}

// DaysBetween returns the days from a to b, two YYYY-MM-DD dates.
func DaysBetween(a, b string) (int, bool) {
	ta, err1 := time.Parse("2006-01-02", a)
	tb, err2 := time.Parse("2006-01-02", b)
	if err1 != nil || err2 != nil {
		return 0, false
	}
	return int(tb.Sub(ta).Hours() / 24), true
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

// isDigitsOnly reports whether s is made of ASCII digits only.
func isDigitsOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
