/** The shapes of the YouTube Data API v3 that Svarsvakten reads: a comment, and Google's error body. */
export interface YouTubeComment {
  id: string;
  snippet: {
    videoId?: string;
    parentId?: string;
    textOriginal?: string;
    textDisplay?: string;
    authorDisplayName?: string;
    authorChannelId?: { value?: string };
    publishedAt: string;
    updatedAt?: string;
  };
}

export interface GoogleError {
  error?: { code?: number; errors?: { reason?: string }[] };
}
