/* Legacy webview check (ES5, no build step): Office 2016 and 2019 show panes in Internet Explorer
   (volume-licensed editions always) or EdgeHTML (retail editions without the WebView2 Runtime),
   where React 18 and Fluent UI v9 cannot run. There, say so in plain HTML instead of leaving the
   pane blank, and give the address of this page to open in a current browser (the web page). */
(function () {
  var ua = window.navigator.userAgent;
  var legacy =
    /Trident\/|MSIE |Edge\/\d/.test(ua) ||
    typeof window.Promise === "undefined" ||
    typeof window.fetch === "undefined";
  if (!legacy) return;
  window.__baocaoLegacy = true;
  var root = document.getElementById("root");
  if (!root) return;
  // This page's own address, without what Office adds to it (?_host_Info=…).
  var address = window.location.protocol + "//" + window.location.host + window.location.pathname;

  function add(parent, tag, text, style) {
    var el = document.createElement(tag);
    if (text) el.appendChild(document.createTextNode(text));
    if (style) el.style.cssText = style;
    parent.appendChild(el);
    return el;
  }
  var box = add(
    root,
    "div",
    "",
    "font-family: Segoe UI, Arial, sans-serif; padding: 16px; line-height: 1.5"
  );
  add(box, "h1", "Báo cáo", "font-size: 20px");
  add(
    box,
    "p",
    "Office trên máy này mở phần bổ trợ bằng trình duyệt cũ (Internet Explorer hoặc Edge đời cũ), " +
      "nên ngăn “Báo cáo” không chạy được ở đây."
  );
  var web = add(box, "p", "Vẫn làm được báo cáo: mở địa chỉ ", "word-wrap: break-word");
  add(web, "b", address);
  web.appendChild(
    document.createTextNode(
      " bằng Microsoft Edge hoặc Google Chrome, chọn tệp Excel rồi tải về báo cáo .docx. " +
        "Mọi xử lý đều trên máy này, số liệu không gửi đi đâu."
    )
  );
  add(
    box,
    "p",
    "Muốn dùng ngăn ngay trong Word, Excel: cần Office 2021 trở lên, Microsoft 365 đã cập nhật, hoặc Word, Excel trên web. " +
      "Với Office 2016, 2019 bản mua lẻ, nhờ cán bộ tin học cài thêm Microsoft Edge WebView2 Runtime."
  );
})();
