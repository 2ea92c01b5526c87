/**
 * Pages keep working in a browser that blocks site data. When a reader's browser (or their
 * company's policy, e.g. Chrome's "Don't allow sites to save data") blocks storage, merely
 * reading `window.localStorage` or `window.sessionStorage` throws a SecurityError. The guide's
 * own stores expect this (`storage.ts`), but Starlight's inline scripts read storage without a
 * try: the theme script then stops before it defines `StarlightThemeProvider`, so the page
 * ignores the reader's light or dark preference, the theme picker stops working, and the tabs
 * and sidebar scripts throw too (ten uncaught errors on /roles/).
 *
 * {@link storageGuardScript} runs inline in every page's `<head>`, before those scripts. Only
 * when reading an area throws, it puts a *closed* store in its place. That store holds nothing
 * (`getItem` answers null) and refuses the guide's writes with the same SecurityError, so
 * nothing pretends to keep the reader's values: the guide still tells the reader that nothing
 * can be kept (`storage.unavailable`). Starlight's writes of its UI preferences are dropped
 * instead: it stores the theme on every load (uncaught, so a refusal would be an error on every
 * page), and a theme, tab or sidebar state that lasts for the page is all a blocking browser
 * allows. Browsers that allow storage are left as they are. The script is inline (it must run
 * before Starlight's), so the CSP integration hashes it.
 */

// How Starlight's own keys begin (`starlight-theme`, `starlight-synced-tabs__…`,
// `sl-sidebar-state`): the writes the closed store drops instead of refusing.
const STARLIGHT_KEY = /^(starlight-|sl-)/;

/** The inline script's source (self-contained, no imports: it runs before any module). */
export function storageGuardScript(): string {
  return `(()=>{for(const name of["localStorage","sessionStorage"]){try{window[name];continue}catch(blocked){const closed={length:0,key:()=>null,getItem:()=>null,setItem(key){if(!${STARLIGHT_KEY}.test(key))throw blocked},removeItem(){},clear(){}};try{Object.defineProperty(window,name,{configurable:true,enumerable:true,get:()=>closed})}catch{}}}})();`;
}
