import { afterEach, beforeEach } from 'vitest';

export interface Download {
  blob: Blob;
  fileName: string;
}

/**
 * The files the code under test hands to the browser's download (an object URL followed by a
 * click on a link naming the file), caught where the browser would take them, for the tests of
 * one file: each with its contents and the name it is saved under. jsdom has no object URLs.
 */
export function catchDownloads(): Download[] {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  const click = HTMLAnchorElement.prototype.click;
  beforeEach(() => {
    downloads.length = 0;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      const href = `blob:downloads/${blobs.size}`;
      blobs.set(href, blob as Blob);
      return href;
    };
    URL.revokeObjectURL = (href: string) => void blobs.delete(href);
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const blob = blobs.get(this.href);
      if (blob && this.download) downloads.push({ blob, fileName: this.download });
      else click.call(this);
    };
  });
  afterEach(() => {
    HTMLAnchorElement.prototype.click = click;
    Reflect.deleteProperty(URL, 'createObjectURL');
    Reflect.deleteProperty(URL, 'revokeObjectURL');
  });
  return downloads;
}
