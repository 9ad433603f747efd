/// Our own stylesheet, after the GOV.UK Design System's conventions: large clear type, a visible
/// yellow focus ring for keyboard users, red-bordered error summaries, and RAG shown as a word on
/// a coloured tag so colour is never the only signal. Print rules give A4 pages with numbers.
enum Stylesheet {
    static let css = """
    *,*::before,*::after{box-sizing:border-box}
    html{font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.4;color:#0b0c0c;background:#fff}
    body{margin:0}
    a{color:#1d70b8}a:visited{color:#4c2c92}a:hover{color:#003078}
    a:focus,button:focus,input:focus,select:focus,[tabindex]:focus{outline:3px solid #fd0;outline-offset:0;background:#fd0;color:#0b0c0c;box-shadow:0 4px #0b0c0c}
    input:focus,select:focus{background:#fff;box-shadow:inset 0 0 0 2px}
    .container{max-width:1200px;margin:0 auto;padding:0 15px}
    .skip-link{position:absolute;left:-9999px}.skip-link:focus{position:static;display:block;padding:10px}
    .site-header{background:#0b0c0c;color:#fff;padding:10px 0;border-bottom:10px solid #1d70b8}
    .site-header .container{display:flex;flex-wrap:wrap;gap:15px;align-items:center}
    .site-header a{color:#fff;font-weight:bold;text-decoration:none}.site-header a:focus{color:#0b0c0c}
    .brand{font-size:1.5rem;margin-right:20px}
    .site-header nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:15px;margin:0;padding:0}
    .who{margin:0 0 0 auto;color:#fff}
    .inline{display:inline}
    .link-button{background:none;border:0;color:#fff;text-decoration:underline;font-size:1rem;cursor:pointer;padding:0}
    main{padding:30px 15px 60px;display:block}
    h1{font-size:2.25rem;margin:0 0 20px}h2{font-size:1.5rem;margin:30px 0 15px}
    .lead{font-size:1.2rem}
    .breadcrumb{font-size:0.9rem}
    .form-group{margin-bottom:20px}
    label{display:block;font-weight:bold;margin-bottom:5px}
    .input{font-size:1rem;padding:5px;border:2px solid #0b0c0c;min-width:16em;max-width:100%;height:40px}
    .form-group-error{border-left:5px solid #d4351c;padding-left:15px}
    .form-group-error .input{border-color:#d4351c}
    .error-message{color:#d4351c;font-weight:bold;margin:0 0 10px}
    .error-summary{border:5px solid #d4351c;padding:20px;margin-bottom:30px}
    .error-summary h2{margin-top:0}.error-summary a{color:#d4351c;font-weight:bold}
    .button{display:inline-block;font-size:1.1rem;padding:8px 12px;border:0;background:#00703c;color:#fff;box-shadow:0 2px #002d18;cursor:pointer;text-decoration:none}
    .button.secondary{background:#f3f2f1;color:#0b0c0c;box-shadow:0 2px #929191}
    .notice{border-left:10px solid #1d70b8;padding:10px 15px;background:#f3f2f1}
    .filter{display:flex;flex-wrap:wrap;gap:15px;align-items:flex-end}
    .table{border-collapse:collapse;width:100%;margin-bottom:30px}
    .table th,.table td{border-bottom:1px solid #b1b4b6;padding:8px 10px 8px 0;text-align:left;vertical-align:top}
    .table thead th{font-weight:bold}
    .numeric td{text-align:right}
    .table-scroll{overflow-x:auto}
    .nowrap{white-space:nowrap}
    .pagination ul{list-style:none;display:flex;gap:20px;padding:0}
    .hint{color:#505a5f;margin:0 0 10px}
    .checkbox{display:flex;gap:8px;align-items:center}.checkbox input{width:24px;height:24px}.checkbox label{margin:0}
    .scorecard td.num{text-align:right;white-space:nowrap}
    tr.section th{background:#f3f2f1;text-transform:uppercase;font-size:0.9rem;letter-spacing:1px}
    .chart svg{width:100%;max-width:720px;height:auto}
    .legend .key{margin-right:15px}
    .exception{border-top:3px solid #d4351c;margin-top:30px}
    .cover{min-height:60vh;padding-top:15vh}.cover h1{font-size:3rem}.cover-title{font-size:1.5rem}
    details summary{cursor:pointer;color:#1d70b8}
    tr.unit-county th,tr.unit-county td{font-weight:bold}
    tr.unit-area th{padding-left:10px}tr.unit-team th{padding-left:25px;font-weight:normal}
    .summary-list div{display:flex;border-bottom:1px solid #b1b4b6;padding:8px 0}
    .summary-list dt{font-weight:bold;width:30%}.summary-list dd{margin:0}
    .card-list{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(250px,1fr));gap:20px}
    .card{border-top:5px solid #1d70b8;padding:10px 0}.card a{font-size:1.2rem;font-weight:bold}
    .tag{display:inline-block;padding:2px 8px;font-weight:bold;text-transform:uppercase;letter-spacing:1px}
    .rag-green,.tag-ok{background:#cce2d8;color:#005a30}.rag-amber{background:#fff7bf;color:#594d00}
    .rag-red,.tag-broken{background:#f6d7d2;color:#942514}.rag-none{background:#f3f2f1;color:#383f43}
    .caution{background:#d2e2f1}
    .visually-hidden{position:absolute!important;width:1px!important;height:1px!important;margin:0!important;overflow:hidden!important;clip:rect(0 0 0 0)!important;white-space:nowrap!important;border:0!important}
    .site-footer{border-top:1px solid #b1b4b6;padding:20px 0;font-size:0.9rem;color:#505a5f}
    @media print{
    @page{size:A4;margin:15mm 12mm 18mm;@bottom-right{content:"Page " counter(page) " of " counter(pages)}}
    .site-header nav,.site-header form,.skip-link,.filter,.button,.site-footer,.no-print,.who{display:none}
    .cover{break-after:page;min-height:auto;padding-top:60mm}
    .pack-section{break-before:page}
    .exception{break-inside:avoid}
    .tag{border:1px solid #000}
    .site-header{background:none;color:#000;border-bottom:2px solid #000}.site-header a{color:#000}
    a{color:#000;text-decoration:none}
    .table{font-size:9pt}.table tr{break-inside:avoid}
    h1,h2{break-after:avoid}
    }
    """
}
