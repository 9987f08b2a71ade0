<?xml version="1.0" encoding="UTF-8"?>
<!--
  directory_apps.xsl: the applications that read the change feed.
  <content><dirmenu …/>
    <apps><app><id/><name/><version/><created_at/><created_by/><revoked_at/>
      <last_used_at/><last_cursor/></app>…</apps>
    <feed url="https://…"/>
    <token app="name">the new token, shown once</token>?</content>
  Forms POST to /directory/apps: action=create (name), rotate or revoke
  (id, version).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="directory-nav.xsl"/>

  <xsl:template name="title">directory_apps.title</xsl:template>

  <xsl:template match="content">
    <xsl:call-template name="dirmenu"/>
    <xsl:if test="token">
      <div class="flash" role="status">
        <p>
          <xsl:call-template name="msg">
            <xsl:with-param name="key" select="'directory_apps.token'"/>
            <xsl:with-param name="name" select="'app'"/>
            <xsl:with-param name="with" select="string(token/@app)"/>
          </xsl:call-template>
        </p>
        <p><code class="secret"><xsl:value-of select="token"/></code></p>
        <p><xsl:value-of select="$t[@k='directory_apps.token.once']"/></p>
      </div>
    </xsl:if>
    <p class="lead"><xsl:value-of select="$t[@k='directory_apps.intro']"/></p>
    <p>
      <xsl:value-of select="$t[@k='directory_apps.how']"/>
      <xsl:text> </xsl:text>
      <code><xsl:value-of select="concat('GET ', feed/@url, '/directory/feed?after=0')"/></code>
      <xsl:text> </xsl:text>
      <code>Authorization: Bearer …</code>
    </p>
    <xsl:choose>
      <xsl:when test="apps/app">
        <section class="table-wrap" aria-labelledby="apps-caption" tabindex="0">
          <table class="table">
            <caption id="apps-caption"><xsl:value-of select="$t[@k='directory_apps.caption']"/></caption>
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="$t[@k='directory_apps.name']"/></th>
                <th scope="col"><xsl:value-of select="$t[@k='directory_apps.col.state']"/></th>
                <th scope="col"><xsl:value-of select="$t[@k='directory_apps.col.used']"/></th>
                <th scope="col"><xsl:value-of select="$t[@k='directory_apps.col.cursor']"/></th>
                <th scope="col"><xsl:value-of select="$t[@k='directory_apps.col.actions']"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="apps/app">
                <tr>
                  <th scope="row"><xsl:value-of select="name"/></th>
                  <td>
                    <xsl:choose>
                      <xsl:when test="string(revoked_at)"><xsl:value-of select="$t[@k='directory_apps.revoked']"/></xsl:when>
                      <xsl:otherwise><xsl:value-of select="$t[@k='directory_apps.active']"/></xsl:otherwise>
                    </xsl:choose>
                  </td>
                  <td><xsl:call-template name="datetime"><xsl:with-param name="value" select="last_used_at"/><xsl:with-param name="empty" select="'users.never'"/></xsl:call-template></td>
                  <td class="num"><xsl:value-of select="last_cursor"/></td>
                  <td>
                    <form method="post" action="/directory/apps" class="inline-form">
                      <xsl:call-template name="hidden-csrf"/>
                      <input type="hidden" name="action" value="rotate"/>
                      <input type="hidden" name="id" value="{id}"/>
                      <input type="hidden" name="version" value="{version}"/>
                      <button type="submit" class="button button-secondary button-small">
                        <xsl:value-of select="$t[@k='directory_apps.rotate']"/>
                        <span class="visually-hidden"><xsl:text> </xsl:text><xsl:value-of select="name"/></span>
                      </button>
                    </form>
                    <xsl:if test="not(string(revoked_at))">
                      <form method="post" action="/directory/apps" class="inline-form">
                        <xsl:call-template name="hidden-csrf"/>
                        <input type="hidden" name="action" value="revoke"/>
                        <input type="hidden" name="id" value="{id}"/>
                        <input type="hidden" name="version" value="{version}"/>
                        <button type="submit" class="button button-secondary button-small">
                          <xsl:value-of select="$t[@k='directory_apps.revoke']"/>
                          <span class="visually-hidden"><xsl:text> </xsl:text><xsl:value-of select="name"/></span>
                        </button>
                      </form>
                    </xsl:if>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </section>
      </xsl:when>
      <xsl:otherwise><p><xsl:value-of select="$t[@k='directory_apps.none']"/></p></xsl:otherwise>
    </xsl:choose>
    <form method="post" action="/directory/apps" class="form">
      <h2><xsl:value-of select="$t[@k='directory_apps.add']"/></h2>
      <xsl:call-template name="hidden-csrf"/>
      <input type="hidden" name="action" value="create"/>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'name'"/>
        <xsl:with-param name="label" select="'directory_apps.name'"/>
        <xsl:with-param name="required" select="'yes'"/>
        <xsl:with-param name="maxlength" select="'100'"/>
        <xsl:with-param name="autocomplete" select="'off'"/>
      </xsl:call-template>
      <div class="form-actions">
        <button type="submit" class="button"><xsl:value-of select="$t[@k='directory_apps.add.submit']"/></button>
      </div>
    </form>
  </xsl:template>

</xsl:stylesheet>
