/**
 * Chinook (a music store) moved from MariaDB to PostgreSQL the way pgloader does it: the schema is
 * derived from the source, identifiers lower-cased, rows streamed, foreign keys added last.
 * The snapshot is the Chinook MySQL script (data/, MIT licence). A sound migration gives GO.
 */
import { contents, copyTables, defineScenario, query, rowCounts, schema } from 'rehearse';

export default defineScenario({
  name: 'chinook-mariadb-to-postgres',
  description: 'Chinook music store, MariaDB 10.11 -> PostgreSQL 15, schema derived and rows copied',
  source: { engine: 'mariadb', image: 'mariadb:10.11', serverOptions: { 'character-set-server': 'utf8mb4' } },
  target: { engine: 'postgres', image: 'postgres:15' },
  snapshot: 'data/Chinook_MySql.sql',
  // The Chinook script is hand-made: no dump tool trailer proves its end, so its tables' row counts do.
  snapshotRows: {
    Album: 347, Artist: 275, Customer: 59, Employee: 8, Genre: 25, Invoice: 412,
    InvoiceLine: 2240, MediaType: 5, Playlist: 18, PlaylistTrack: 8715, Track: 3503,
  },
  steps: [copyTables({ id: 'copy-tables' })],
  checks: [
    rowCounts(),
    schema({
      tables: {
        artist: ['artistid', 'name'],
        album: ['albumid', 'title', 'artistid'],
        track: ['trackid', 'name', 'albumid', 'mediatypeid', 'genreid', 'composer', 'milliseconds', 'bytes', 'unitprice'],
        invoice: ['invoiceid', 'customerid', 'invoicedate', 'total'],
        invoiceline: ['invoicelineid', 'invoiceid', 'trackid', 'unitprice', 'quantity'],
        customer: ['customerid', 'firstname', 'lastname', 'email', 'supportrepid'],
      },
    }),
    // Unquoted identifiers: MariaDB matches the table names as written, PostgreSQL folds them to the
    // lower-case names the copy created, so one query serves both sides.
    query('SELECT TrackId, Name, AlbumId, MediaTypeId, GenreId, Composer, Milliseconds, Bytes, UnitPrice FROM Track ORDER BY TrackId', { id: 'tracks' }),
    query('SELECT InvoiceId, CustomerId, InvoiceDate, BillingAddress, BillingCity, BillingCountry, Total FROM Invoice ORDER BY InvoiceId', { id: 'invoices' }),
    query('SELECT InvoiceLineId, InvoiceId, TrackId, UnitPrice, Quantity FROM InvoiceLine ORDER BY InvoiceLineId', { id: 'invoice-lines' }),
    query('SELECT CustomerId, FirstName, LastName, Company, Email, Phone, SupportRepId FROM Customer ORDER BY CustomerId', {
      id: 'customers',
      // Personal data: shown in reports only as a digest.
      maskColumns: ['FirstName', 'LastName', 'Email', 'Phone'],
    }),
    query('SELECT EmployeeId, LastName, FirstName, Title, ReportsTo, BirthDate, HireDate FROM Employee ORDER BY EmployeeId', {
      id: 'employees',
      maskColumns: ['FirstName', 'LastName', 'BirthDate'],
    }),
    query('SELECT AlbumId, Title, ArtistId FROM Album ORDER BY AlbumId', { id: 'albums' }),
    query('SELECT COUNT(*) AS invoices, SUM(Total) AS revenue, MIN(InvoiceDate) AS first_sale, MAX(InvoiceDate) AS last_sale FROM Invoice', {
      id: 'revenue',
      orderInsensitive: true,
    }),
    // Every value of every table, tables and columns matched case-insensitively (the copy lower-cases them).
    contents(),
  ],
});
