// Package legitest writes archives in the layout of DILA's JORF and LEGI
// dumps (formats/legi.md of the founding documents), from a table of
// texts, for tests and benchmarks: tar.gz archives of XML files in nested
// folders of the ids' digits, TEXTELR and TEXTE_VERSION files with the
// documented metadata, ARTICLE files beside them, and increments' lists of
// files to delete.
package legitest

import (
	"archive/tar"
	"compress/gzip"
	"fmt"
	"html"
	"io"
	"os"
	"strings"
	"time"
)

// Text is one text of an archive, with the fields the dumps document.
type Text struct {
	ID           string // JORFTEXT… (a JORF text) or LEGITEXT… (its consolidated version, a code)
	CID          string // "" for ID
	Nature       string
	Number       string
	Date         string // DATE_TEXTE; "" writes 2999-01-01
	Published    string
	NOR          string
	Title        string // TITRE
	TitleFull    string // TITREFULL
	TitleTexte   string // TITRE_TEXTE, LEGI files
	Consolidated string // a LEGITEXT the TEXTELR's VERSIONS name, in force
	Articles     int    // ARTICLE files written beside the text
	// Padding is bytes of visas written into the TEXTE_VERSION, for
	// archives of a real dump's weight.
	Padding int
}

// Entry is one file of an archive.
type Entry struct {
	Name string
	Data []byte
}

// Archive is the files of one archive, in order.
type Archive struct {
	// Folder is the archive's first folder ("20150520-012345"), "" for
	// none.
	Folder  string
	Entries []Entry
}

// base returns "jorf" or "legi", the dump an id belongs to.
func base(id string) string { return strings.ToLower(id[:4]) }

// digits returns the nested folders of an id's digits: 000030611441 →
// 00/00/30/61/14.
func digits(id string) string {
	d := id[len(id)-12:]
	return d[0:2] + "/" + d[2:4] + "/" + d[4:6] + "/" + d[6:8] + "/" + d[8:10]
}

// Path returns where a file of a text lies in the dumps' layout: root is
// "struct", "version" or "article" (then id is the article's).
func Path(t Text, root, id string) string {
	cid := t.CID
	if cid == "" {
		cid = t.ID
	}
	if base(t.ID) == "jorf" {
		switch root {
		case "article":
			return "jorf/global/article/JORF/ARTI/" + digits(id) + "/" + id + ".xml"
		}
		return "jorf/global/texte/" + root + "/JORF/TEXT/" + digits(t.ID) + "/" + t.ID + ".xml"
	}
	dossier := "code_et_TNC_en_vigueur/TNC_en_vigueur"
	if t.Nature == "CODE" {
		dossier = "code_et_TNC_en_vigueur/code_en_vigueur"
	}
	dir := "legi/global/" + dossier + "/" + cid[:4] + "/TEXT/" + digits(cid) + "/" + cid
	if root == "article" {
		return dir + "/article/LEGI/ARTI/" + digits(id) + "/" + id + ".xml"
	}
	return dir + "/texte/" + root + "/" + t.ID + ".xml"
}

func esc(s string) string { return html.EscapeString(s) }

func orNoDate(d string) string {
	if d == "" {
		return "2999-01-01"
	}
	return d
}

// meta writes the META element both files share.
func meta(t Text, version bool) string {
	var b strings.Builder
	cid := t.CID
	if cid == "" {
		cid = t.ID
	}
	b.WriteString("<META>\n<META_COMMUN>\n<ID>" + t.ID + "</ID>\n")
	if eli := ELI(t, true); eli != "" {
		b.WriteString("<ID_ELI>" + eli + "</ID_ELI>\n")
	}
	if eli := ELI(t, false); eli != "" {
		b.WriteString("<ELI_ALIAS>\n<ID_ELI_ALIAS>" + eli + "</ID_ELI_ALIAS>\n</ELI_ALIAS>\n")
	}
	b.WriteString("<ANCIEN_ID/>\n<ORIGINE>" + strings.ToUpper(base(t.ID)) + "</ORIGINE>\n")
	root := "struct"
	if version {
		root = "version"
	}
	url := strings.TrimPrefix(strings.TrimPrefix(Path(t, root, ""), "jorf/global/"), "legi/global/")
	b.WriteString("<URL>" + url + "</URL>\n")
	b.WriteString("<NATURE>" + t.Nature + "</NATURE>\n</META_COMMUN>\n<META_SPEC>\n<META_TEXTE_CHRONICLE>\n")
	b.WriteString("<CID>" + cid + "</CID>\n<NUM>" + esc(t.Number) + "</NUM>\n<NUM_SEQUENCE>0</NUM_SEQUENCE>\n")
	b.WriteString("<NOR>" + t.NOR + "</NOR>\n<DATE_PUBLI>" + orNoDate(t.Published) + "</DATE_PUBLI>\n<DATE_TEXTE>" + orNoDate(t.Date) + "</DATE_TEXTE>\n")
	b.WriteString("<DERNIERE_MODIFICATION>" + orNoDate(t.Published) + "</DERNIERE_MODIFICATION>\n")
	if t.Published != "" {
		b.WriteString("<ORIGINE_PUBLI>JORF du " + t.Published + "</ORIGINE_PUBLI>\n<PAGE_DEB_PUBLI>1</PAGE_DEB_PUBLI>\n<PAGE_FIN_PUBLI>2</PAGE_FIN_PUBLI>\n")
	}
	if t.TitleTexte != "" {
		b.WriteString("<TITRE_TEXTE>" + esc(t.TitleTexte) + "</TITRE_TEXTE>\n")
	}
	b.WriteString("</META_TEXTE_CHRONICLE>\n")
	if version {
		b.WriteString("<META_TEXTE_VERSION>\n<TITRE>" + esc(t.Title) + "</TITRE>\n<TITREFULL>" + esc(t.TitleFull) + "</TITREFULL>\n")
		b.WriteString("<ETAT>VIGUEUR</ETAT>\n<DATE_DEBUT>" + orNoDate(t.Date) + "</DATE_DEBUT>\n<DATE_FIN>2999-01-01</DATE_FIN>\n")
		b.WriteString("<AUTORITE/>\n<MINISTERE>Ministère de l'intérieur</MINISTERE>\n</META_TEXTE_VERSION>\n")
	}
	b.WriteString("</META_SPEC>\n</META>\n")
	return b.String()
}

// ELI returns a text's ELI in the NOR form (nor) or the number form, as
// DILA writes them; "" when the text lacks what the form needs.
func ELI(t Text, nor bool) string {
	if len(t.Date) != 10 || t.Nature == "" {
		return ""
	}
	var y, m, d int
	fmt.Sscanf(t.Date, "%d-%d-%d", &y, &m, &d)
	id := t.Number
	if nor {
		id = t.NOR
	}
	if id == "" {
		return ""
	}
	return fmt.Sprintf("http://www.legifrance.gouv.fr/eli/%s/%d/%d/%d/%s/jo/texte", strings.ToLower(t.Nature), y, m, d, id)
}

func articleID(t Text, k int) string {
	prefix := "JORFARTI"
	if base(t.ID) == "legi" {
		prefix = "LEGIARTI"
	}
	var n int64
	fmt.Sscanf(t.ID[8:], "%d", &n)
	return fmt.Sprintf("%s%012d", prefix, n*100+int64(k)%100+1)
}

// Struct returns the text's TEXTELR file.
func Struct(t Text) []byte {
	var b strings.Builder
	b.WriteString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEXTELR>\n")
	b.WriteString(meta(t, false))
	b.WriteString("<VERSIONS>\n")
	if t.Consolidated != "" {
		fmt.Fprintf(&b, "<VERSION etat=\"VIGUEUR\">\n<LIEN_TXT debut=\"%s\" fin=\"2999-01-01\" id=\"%s\" num=\"%s\"/>\n</VERSION>\n", orNoDate(t.Published), t.Consolidated, esc(t.Number))
	}
	fmt.Fprintf(&b, "<VERSION etat=\"\">\n<LIEN_TXT debut=\"2999-01-01\" fin=\"2999-01-01\" id=\"%s\" num=\"%s\"/>\n</VERSION>\n</VERSIONS>\n<STRUCT>\n", t.ID, esc(t.Number))
	for k := 0; k < t.Articles; k++ {
		fmt.Fprintf(&b, "<LIEN_ART debut=\"2999-01-01\" etat=\"\" fin=\"2999-01-01\" id=\"%s\" num=\"%d\" origine=\"%s\"/>\n", articleID(t, k), k+1, strings.ToUpper(base(t.ID)))
	}
	b.WriteString("</STRUCT>\n</TEXTELR>\n")
	return []byte(b.String())
}

// Version returns the text's TEXTE_VERSION file.
func Version(t Text) []byte {
	var b strings.Builder
	b.WriteString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEXTE_VERSION>\n")
	b.WriteString(meta(t, true))
	b.WriteString("<VISAS>\n<CONTENU>")
	if t.Padding > 0 {
		b.WriteString(prose(t.ID, t.Padding))
	}
	b.WriteString("</CONTENU>\n</VISAS>\n<SIGNATAIRES>\n<CONTENU>Le Premier ministre</CONTENU>\n</SIGNATAIRES>\n<TP/>\n<NOTA/>\n<ABRO/>\n<RECT/>\n</TEXTE_VERSION>\n")
	return []byte(b.String())
}

// Article returns an ARTICLE file of the text.
func Article(t Text, k int) []byte {
	cid := t.CID
	if cid == "" {
		cid = t.ID
	}
	id := articleID(t, k)
	return []byte(fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8"?>
<ARTICLE>
<META>
<META_COMMUN>
<ID>%s</ID>
<ANCIEN_ID/>
<ORIGINE>%s</ORIGINE>
<NATURE>Article</NATURE>
</META_COMMUN>
<META_SPEC>
<META_ARTICLE>
<NUM>%d</NUM>
<ETAT>VIGUEUR</ETAT>
<DATE_DEBUT>%s</DATE_DEBUT>
<DATE_FIN>2999-01-01</DATE_FIN>
<TYPE>AUTONOME</TYPE>
</META_ARTICLE>
</META_SPEC>
</META>
<CONTEXTE>
<TEXTE cid="%s" date_publi="%s" date_signature="%s" nature="%s" num="%s">
<TITRE_TXT c_titre_court="%s" debut="%s" fin="2999-01-01" id_txt="%s">%s</TITRE_TXT>
</TEXTE>
</CONTEXTE>
<BLOC_TEXTUEL>
<CONTENU>
<p>Le présent article %d modifie l'article L. 111-1 du code de la sécurité sociale et prend effet au lendemain de sa publication au Journal officiel de la République française.</p>
<p>%s</p>
</CONTENU>
</BLOC_TEXTUEL>
<NOTA><CONTENU/></NOTA>
<LIENS/>
<VERSIONS>
<VERSION etat="VIGUEUR">
<LIEN_ART debut="%s" etat="VIGUEUR" fin="2999-01-01" id="%s" num="%d" origine="%s"/>
</VERSION>
</VERSIONS>
</ARTICLE>
`, id, strings.ToUpper(base(t.ID)), k+1, orNoDate(t.Date), cid, orNoDate(t.Published), orNoDate(t.Date), t.Nature, esc(t.Number),
		esc(t.Title), orNoDate(t.Date), t.ID, esc(t.TitleFull), k+1, prose(id, 600), orNoDate(t.Date), id, k+1, strings.ToUpper(base(t.ID))))
}

// AddText adds a text's files in the order of the dumps: its structure,
// its version, then its articles.
func (a *Archive) AddText(t Text) {
	a.Add(Path(t, "struct", ""), Struct(t))
	a.Add(Path(t, "version", ""), Version(t))
	for k := 0; k < t.Articles; k++ {
		a.Add(Path(t, "article", articleID(t, k)), Article(t, k))
	}
}

// Add adds a file at a path under the archive's folder.
func (a *Archive) Add(name string, data []byte) {
	if a.Folder != "" {
		name = a.Folder + "/" + name
	}
	a.Entries = append(a.Entries, Entry{Name: name, Data: data})
}

// DeletionPath returns the path an increment's list of files to delete
// gives a text's file (root "struct" or "version"): the file's path
// without .xml.
func DeletionPath(t Text, root string) string {
	return strings.TrimSuffix(Path(t, root, ""), ".xml")
}

// AddDeletions adds the list of files to delete, liste_suppression_jorf.dat
// or liste_suppression_legi.dat, one path a line.
func (a *Archive) AddDeletions(dump string, paths ...string) {
	a.Add("liste_suppression_"+dump+".dat", []byte(strings.Join(paths, "\n")+"\n"))
}

// Write writes the archive as a tar.gz.
func (a *Archive) Write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.DefaultCompression)
	if err != nil {
		return err
	}
	tw := tar.NewWriter(zw)
	mtime := time.Date(2015, 5, 20, 1, 23, 45, 0, time.UTC)
	dirs := map[string]bool{}
	for _, e := range a.Entries {
		// the folders, as tar(1) writes them
		for i := 0; i < len(e.Name); i++ {
			if e.Name[i] == '/' && !dirs[e.Name[:i+1]] {
				dirs[e.Name[:i+1]] = true
				if err := tw.WriteHeader(&tar.Header{Name: e.Name[:i+1], Typeflag: tar.TypeDir, Mode: 0o755, ModTime: mtime}); err != nil {
					return err
				}
			}
		}
		if err := tw.WriteHeader(&tar.Header{Name: e.Name, Typeflag: tar.TypeReg, Mode: 0o644, Size: int64(len(e.Data)), ModTime: mtime}); err != nil {
			return err
		}
		if _, err := tw.Write(e.Data); err != nil {
			return err
		}
	}
	if err := tw.Close(); err != nil {
		return err
	}
	return zw.Close()
}

// WriteFile writes the archive to a file.
func (a *Archive) WriteFile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := a.Write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// Dump returns a generated archive of n texts in the mix of a real dump:
// decrees, arrêtés, laws, ordinances, several texts to a date, each with
// its TEXTELR and TEXTE_VERSION (visas of about 1.5 kB) and zero to seven
// ARTICLE files, so that articles are most of the archive's files and
// bytes, as in DILA's dumps.
func Dump(n int) *Archive {
	a := &Archive{}
	natures := []string{"DECRET", "ARRETE", "ARRETE", "DECRET", "LOI", "ORDONNANCE", "ARRETE", "DECRET"}
	for i := 0; i < n; i++ {
		nature := natures[i%len(natures)]
		day := i / 40 // forty texts a day
		y, m, d := 1990+day/336, 1+day/28%12, 1+day%28
		date := fmt.Sprintf("%04d-%02d-%02d", y, m, d)
		t := Text{ID: fmt.Sprintf("JORFTEXT%012d", 100000000+i), Nature: nature, Date: date, Published: date,
			NOR: fmt.Sprintf("INTX%07dD", i), Articles: i % 8, Padding: 1500}
		word := map[string]string{"DECRET": "Décret", "ARRETE": "Arrêté", "LOI": "LOI", "ORDONNANCE": "Ordonnance"}[nature]
		if nature != "ARRETE" {
			t.Number = fmt.Sprintf("%d-%d", y, 10000+i)
			t.Title = fmt.Sprintf("%s n° %s du %d %s %d", word, t.Number, d, monthNames[m], y)
		} else {
			t.Title = fmt.Sprintf("%s du %d %s %d", word, d, monthNames[m], y)
		}
		t.TitleFull = t.Title + fmt.Sprintf(" relatif à l'organisation numéro %d des services déconcentrés de l'État", i)
		if i%3 == 0 {
			t.Consolidated = fmt.Sprintf("LEGITEXT%012d", 100000000+i)
		}
		a.AddText(t)
	}
	return a
}

var monthNames = []string{"", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}

// words are what prose draws from.
var words = strings.Fields(`vu le code général des collectivités territoriales notamment ses articles
et suivants la loi du décret relatif aux conditions dans lesquelles sont fixées les modalités
de mise en œuvre des dispositions prévues par ordonnance portant diverses mesures ministre
chargé de l'économie des finances du travail de l'emploi santé publique sécurité sociale
avis conseil d'état section commission nationale consultative organisme agréé délai mois
jours à compter date publication présent arrêté ceux-ci au titre dernier alinéa premier
deuxième troisième paragraphe chapitre livre partie législative réglementaire autorité
administrative compétente préfet département région commune établissement public caractère`)

// prose returns about n bytes of French-looking text, different for each
// seed, so that a generated archive compresses about as a real one does
// rather than as one sentence repeated.
func prose(seed string, n int) string {
	var h uint64 = 14695981039346656037
	for i := 0; i < len(seed); i++ {
		h = (h ^ uint64(seed[i])) * 1099511628211
	}
	var b strings.Builder
	for b.Len() < n {
		h ^= h << 13
		h ^= h >> 7
		h ^= h << 17
		b.WriteString(words[h%uint64(len(words))])
		switch h >> 60 {
		case 0:
			fmt.Fprintf(&b, " L. %d-%d ; ", h>>20%900+100, h>>40%30+1)
		case 1:
			b.WriteString(" ;<br/>\n")
		default:
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// CachedDump returns the path of Dump(n) written as a tar.gz into dir,
// writing it only when it is not there yet (benchmarks share it).
func CachedDump(dir string, n int) (string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	p := fmt.Sprintf("%s/Freemium_jorf_global-%d-v1.tar.gz", dir, n)
	if _, err := os.Stat(p); err == nil {
		return p, nil
	}
	if err := Dump(n).WriteFile(p + ".tmp"); err != nil {
		return "", err
	}
	return p, os.Rename(p+".tmp", p)
}

// BenchDump is CachedDump of LEXGRAPH_BENCH_TEXTS texts (default 100,000)
// in LEXGRAPH_BENCH_DIR (default $TMPDIR/lexgraph-bench), and its size in
// texts.
func BenchDump() (string, int, error) {
	n := 100000
	if s := os.Getenv("LEXGRAPH_BENCH_TEXTS"); s != "" {
		fmt.Sscanf(s, "%d", &n)
	}
	dir := os.Getenv("LEXGRAPH_BENCH_DIR")
	if dir == "" {
		dir = os.TempDir() + "/lexgraph-bench"
	}
	p, err := CachedDump(dir, n)
	return p, n, err
}
