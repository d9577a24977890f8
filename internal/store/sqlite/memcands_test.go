package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/store"
)

// memDoc returns a new document of n random events: a few types, dates
// over two months, places in a 4° square (some without a place), some
// not asserted, with a random cluster each.
func memDoc(rng *rand.Rand, seq, n int) (*store.Document, map[string]string) {
	types := []string{"ASSAULT", "PROTEST", "COERCE"}
	text := fmt.Sprintf("Document %d about events.", seq)
	d := &store.Document{Document: model.Document{URL: fmt.Sprintf("https://example.org/%d", seq), Text: text}}
	d.CanonicalURL, d.ContentHash = d.URL, store.DocumentID("", text)
	a := &store.Analysis{Version: "test"}
	clusters := map[string]string{}
	for i := range n {
		e := model.Event{ID: fmt.Sprintf("ev-%04d-%d", seq, i), Type: types[rng.IntN(len(types))], Mode: "m",
			Date: time.Date(2025, 5, 1+rng.IntN(60), 0, 0, 0, 0, time.UTC).Format(time.DateOnly), DatePrecision: 1 + rng.IntN(2),
			Actor: &model.Actor{Name: "A", Country: "UKR", Sector: "military"}}
		if rng.IntN(10) > 0 {
			gid := int64(rng.IntN(1000))
			e.Location = &model.EventLocation{Name: "P", Lat: 48 + 4*rng.Float64(), Lon: 35 + 4*rng.Float64(), GeonameID: &gid, Precision: 1}
		}
		if rng.IntN(8) == 0 {
			e.Aux.Negated = true
		}
		if rng.IntN(5) == 0 {
			k := rng.IntN(10)
			e.Fatalities = &k
		}
		a.Events = append(a.Events, e)
		if rng.IntN(3) > 0 {
			clusters[e.ID] = fmt.Sprintf("cl-%d", rng.IntN(20))
		}
	}
	d.Analysis = a
	return d, clusters
}

// memFilter returns a random candidate query like the clusterer's.
func memFilter(rng *rand.Rand) store.EventFilter {
	lat, lon := 48+4*rng.Float64(), 35+4*rng.Float64()
	r := rng.Float64() * 2
	if rng.IntN(5) == 0 {
		r = rng.Float64() * 12 // past maxQueryCells: the type's own index
	}
	bbox := [4]float64{lon - r, lat - r, lon + r, lat + r}
	if rng.IntN(10) == 0 {
		bbox = [4]float64{-180, -90, 180, 90}
	}
	from := time.Date(2025, 5, 1+rng.IntN(60), 0, 0, 0, 0, time.UTC)
	f := store.EventFilter{BBox: &bbox, From: from.Format(time.DateOnly), To: from.AddDate(0, 0, rng.IntN(30)).Format(time.DateOnly),
		Types: []string{"ASSAULT"}, Limit: 1 + rng.IntN(40)}
	if rng.IntN(3) == 0 {
		f.Types = append(f.Types, "COERCE")
	}
	return f
}

// checkMemAgainstSQL runs random filters through the candidates in
// memory and through SQL inside tx, and fails on any difference.
func checkMemAgainstSQL(t *testing.T, db *DB, tx *sql.Tx, mem *candTx, rng *rand.Rand, n int) {
	t.Helper()
	ctx := context.Background()
	inTx := func(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
		return db.txQuery(ctx, tx, q, args...)
	}
	for range n {
		f := memFilter(rng)
		got, ok := mem.query(f)
		if !ok {
			t.Fatalf("filter %+v not covered by the index (floor %q)", f, mem.m.floor)
		}
		want, err := db.candidates(ctx, f, 0, inTx)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 && len(want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("filter %+v:\nmemory %d: %v\nSQL    %d: %v", f, len(got), ids(got), len(want), ids(want))
		}
	}
}

func ids(cs []store.Candidate) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Event.ID+"@"+c.Event.Date+"/"+c.ClusterID)
	}
	return out
}

// openMemDB opens a new database for a test, closed at its end.
func openMemDB(t *testing.T, path string) *DB {
	t.Helper()
	if path == "" {
		path = filepath.Join(t.TempDir(), "mem.db")
	}
	db, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// putMemDocs stores documents from..to-1 of n random events each.
func putMemDocs(t *testing.T, db *DB, rng *rand.Rand, from, to, n int) {
	t.Helper()
	for seq := from; seq < to; seq++ {
		d, _ := memDoc(rng, seq, n)
		if _, _, err := db.PutDocument(context.Background(), d); err != nil {
			t.Fatal(err)
		}
	}
}

// beginMem begins a write transaction, rolled back at the end of the
// test if it is still open (a failed check must not hold the writer:
// Close waits for it), and the index's view of it (nil: not usable).
func beginMem(t *testing.T, db *DB) (*sql.Tx, *candTx) {
	t.Helper()
	ctx := context.Background()
	tx, err := db.beginWrite(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { tx.Rollback() })
	return tx, db.mem.begin(ctx, tx, db.now())
}

// TestMemCandidatesMatchSQL stores random documents and checks that the
// writer's candidates in memory answer every query as the SQL does: for
// committed events, for events stored earlier in the same transaction,
// with clusters given to earlier events, and once the oldest dates were
// dropped.
func TestMemCandidatesMatchSQL(t *testing.T) {
	ctx := context.Background()
	db := openMemDB(t, "")
	rng := rand.New(rand.NewPCG(1, 2))
	seq := 0
	// Committed through PutDocument (batches of one here).
	for range 150 {
		seq++
		d, own := memDoc(rng, seq, 1+rng.IntN(4))
		d.Clusters = own
		if _, _, err := db.PutDocument(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	tx, mem := beginMem(t, db)
	if mem == nil {
		t.Fatal("begin: index not usable")
	}
	checkMemAgainstSQL(t, db, tx, mem, rng, 300)
	// Inside one transaction: documents stored by putTx, some giving
	// clusters to earlier events.
	var last []string
	for range 40 {
		seq++
		d, own := memDoc(rng, seq, 1+rng.IntN(3))
		others := map[string]string{}
		for _, id := range last {
			others[id] = fmt.Sprintf("cl-moved-%d", seq)
		}
		all := map[string]string{}
		for k, v := range own {
			all[k] = v
		}
		for k, v := range others {
			all[k] = v
		}
		d.Clusters = all
		enc, err := encodeDocument(d)
		if err != nil {
			t.Fatal(err)
		}
		if _, created, err := db.putTx(ctx, tx, d, enc, nil, mem); err != nil || !created {
			t.Fatalf("putTx: %v %v", created, err)
		}
		last = last[:0]
		for _, e := range d.Analysis.Events {
			last = append(last, e.ID)
		}
		checkMemAgainstSQL(t, db, tx, mem, rng, 20)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	mem.commit()
	// After the commit, from the index alone.
	tx, mem = beginMem(t, db)
	if mem == nil {
		t.Fatal("begin: index not usable")
	}
	if db.mem.loads != 1 {
		t.Errorf("index loaded %d times, want once (it follows the commits)", db.mem.loads)
	}
	checkMemAgainstSQL(t, db, tx, mem, rng, 300)
	tx.Rollback()
}

// TestMemCandidatesRollback checks that the events of a transaction that
// does not commit never reach the index.
func TestMemCandidatesRollback(t *testing.T) {
	ctx := context.Background()
	db := openMemDB(t, "")
	rng := rand.New(rand.NewPCG(3, 4))
	putMemDocs(t, db, rng, 0, 50, 2)
	tx, mem := beginMem(t, db)
	if mem == nil {
		t.Fatal("begin: index not usable")
	}
	d, _ := memDoc(rng, 999, 3)
	enc, _ := encodeDocument(d)
	if _, _, err := db.putTx(ctx, tx, d, enc, nil, mem); err != nil {
		t.Fatal(err)
	}
	tx.Rollback() // and no mem.commit()
	if n := db.mem.byID[d.Analysis.Events[0].ID]; n != nil {
		t.Fatalf("rolled-back event %s is in the index", d.Analysis.Events[0].ID)
	}
	tx, mem = beginMem(t, db)
	checkMemAgainstSQL(t, db, tx, mem, rng, 200)
	tx.Rollback()
}

// TestMemCandidatesOtherWriters checks that writes the index does not
// follow (another connection, PutAnalysis) make it stale, that it is then
// loaded again, and that a stale index answers nothing.
func TestMemCandidatesOtherWriters(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "mem.db")
	db := openMemDB(t, path)
	// Only this goroutine reads the clock (PutDocument writes in the
	// caller's goroutine).
	clock := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	db.now = func() time.Time { return clock }
	rng := rand.New(rand.NewPCG(5, 6))
	putMemDocs(t, db, rng, 0, 40, 2)
	loads := db.mem.loads
	// Another process stores documents in the same file.
	other := openMemDB(t, path)
	putMemDocs(t, other, rng, 100, 130, 3)
	other.Close()
	clock = clock.Add(time.Second)
	tx, mem := beginMem(t, db)
	if mem != nil {
		t.Fatalf("index used within %v of its last load after another process wrote", memReloadEvery)
	}
	tx.Rollback()
	clock = clock.Add(memReloadEvery)
	tx, mem = beginMem(t, db)
	if mem == nil {
		t.Fatalf("index not usable %v after another process wrote", memReloadEvery)
	}
	if db.mem.loads != loads+1 {
		t.Errorf("loads %d → %d, want one more", loads, db.mem.loads)
	}
	checkMemAgainstSQL(t, db, tx, mem, rng, 200)
	tx.Rollback()

	// A re-analysis through PutAnalysis.
	d, _ := memDoc(rng, 500, 2)
	id, _, err := db.PutDocument(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := memDoc(rng, 501, 3)
	if err := db.PutAnalysis(ctx, id, a.Analysis); err != nil {
		t.Fatal(err)
	}
	if db.mem.loaded {
		t.Fatal("index still marked current after PutAnalysis")
	}
	clock = clock.Add(memReloadEvery)
	tx, mem = beginMem(t, db)
	if mem == nil {
		t.Fatal("begin: index not usable")
	}
	checkMemAgainstSQL(t, db, tx, mem, rng, 200)
	tx.Rollback()
}

// TestMemCandidatesShrink checks that past maxMemCands the oldest dates
// go, floor rises, and queries reaching below it are left to SQL.
func TestMemCandidatesShrink(t *testing.T) {
	m := newMemCands()
	m.loaded = true
	m.reset()
	day := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	per := maxMemCands / 100
	for i := range maxMemCands + per {
		d := day.AddDate(0, 0, i/per).Format(time.DateOnly)
		m.add(&memCand{c: store.Candidate{Event: model.Event{ID: fmt.Sprintf("e%07d", i), Date: d}}, typ: "ASSAULT", date: d, hasLoc: true})
	}
	m.shrink()
	if m.n > maxMemCands*3/4 || m.n < maxMemCands*3/4-per {
		t.Fatalf("after shrink %d events, want about %d", m.n, maxMemCands*3/4)
	}
	if len(m.byID) != m.n {
		t.Fatalf("byID holds %d, n %d", len(m.byID), m.n)
	}
	oldest := m.byType["ASSAULT"].dates[0]
	if m.floor >= oldest {
		t.Fatalf("floor %s not below the oldest date held %s", m.floor, oldest)
	}
	bbox := [4]float64{-180, -90, 180, 90}
	tx := &candTx{m: m}
	if _, ok := tx.query(store.EventFilter{BBox: &bbox, From: m.floor, To: oldest, Types: []string{"ASSAULT"}}); ok {
		t.Error("a window from floor was answered from memory")
	}
	got, ok := tx.query(store.EventFilter{BBox: &bbox, From: oldest, To: oldest, Types: []string{"ASSAULT"}, Limit: 5})
	if !ok || len(got) != 5 {
		t.Fatalf("window at the oldest date held: %v, %d", ok, len(got))
	}
	// A late event dated before floor is not held (SQL has it).
	tx.adds = []*memCand{{c: store.Candidate{Event: model.Event{ID: "late"}}, typ: "ASSAULT", date: "2024-12-31", hasLoc: true}}
	tx.commit()
	if m.byID["late"] != nil {
		t.Error("an event dated before floor joined the index")
	}
}

// TestCandidateOfMatchesDecode checks that the events held in memory are
// what DecodeCandidate reads from the stored JSON.
func TestCandidateOfMatchesDecode(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for seq := range 50 {
		d, _ := memDoc(rng, seq, 3)
		enc, err := encodeAnalysis("doc", d.Analysis)
		if err != nil {
			t.Fatal(err)
		}
		for i, e := range d.Analysis.Events {
			e.DocumentID = "doc"
			want, err := store.DecodeCandidate([]byte(enc.events[i]))
			if err != nil {
				t.Fatal(err)
			}
			if got := store.CandidateOf(e); !reflect.DeepEqual(got, want) {
				t.Fatalf("CandidateOf = %+v\nDecodeCandidate = %+v", got, want)
			}
		}
	}
}

// TestMemCandidatesLoadFailure: an event the index cannot load leaves the
// queries to SQL; documents are still stored.
func TestMemCandidatesLoadFailure(t *testing.T) {
	ctx := context.Background()
	db := openMemDB(t, "")
	rng := rand.New(rand.NewPCG(9, 10))
	d, _ := memDoc(rng, 1, 1)
	id, _, err := db.PutDocument(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.write.ExecContext(ctx, `INSERT INTO events (id, document_id, type, event_date, lat, lon, asserted, body, cluster_id)
		VALUES ('broken', ?, 'ASSAULT', '1990-01-01', 0, 0, 1, 'not json', '')`, id); err != nil {
		t.Fatal(err)
	}
	db.mem.invalidate()
	db.mem.loadedAt = time.Time{}
	tx, mem := beginMem(t, db)
	if mem != nil {
		t.Fatal("index usable though an event could not be loaded")
	}
	tx.Rollback()
	for seq := 2; seq < 10; seq++ {
		d, own := memDoc(rng, seq, 2)
		d.Assign = func(ctx context.Context, cands store.CandidateQuery) (map[string]string, error) {
			_, err := cands(ctx, memFilter(rng))
			return own, err
		}
		if _, _, err := db.PutDocument(ctx, d); err != nil {
			t.Fatalf("document %d: %v", seq, err)
		}
	}
}
