/**
 * Entry of dist/thi-dua.html, the page a clerk opens with a double-click (docs: README "Trang dùng ngoài Excel"):
 * always on files, never waiting for Excel or office.js, every script inlined in the one file.
 */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { realServices } from "./realServices";

const container = document.getElementById("root");
if (container) createRoot(container).render(<App boot={{ kind: "file" }} services={realServices} />);
